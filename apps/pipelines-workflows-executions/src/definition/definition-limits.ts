/** Bounds of workflow and pipeline definitions (README, "Defining a workflow and a pipeline"). */
export const DEFINITION_LIMITS = {
  nameLength: 128,
  descriptionLength: 4096,
  variables: 100,
  phases: 20,
  stepsPerPhase: 50,
  stages: 50,
  scriptBytes: 64 * 1024,
  httpBodyBytes: 64 * 1024,
  headers: 50,
  delegateSelectors: 20,
  userGroups: 50,
} as const;

/** Inclusive bounds and defaults of step and stage timeouts, in milliseconds. */
export const TIMEOUTS = {
  shellScript: { min: 1_000, max: 3_600_000, default: 600_000 },
  http: { min: 1_000, max: 3_600_000, default: 60_000 },
  approval: { min: 60_000, max: 604_800_000, default: 86_400_000 },
  wait: { min: 1, max: 86_400_000 },
} as const;
