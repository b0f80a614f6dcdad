import { badInput } from '@fg/graphql-kit';
import {
  WORKFLOW_STEP_TYPES,
  type Variable,
  type WorkflowPhase,
  type WorkflowStep,
  type WorkflowStepType,
} from '@fg/pipelines-workflows-executions/data-access';
import { boundedInt, present, requireDeclared, requiredName, requireUnique } from '../definition/definition-input';
import { DEFINITION_LIMITS, TIMEOUTS } from '../definition/definition-limits';

/** The sub-input of each step kind (one step input with a `type` discriminator, like the reference's polymorphic inputs). */
const SUB_INPUT_OF: Record<WorkflowStepType, keyof StepKindInputs> = {
  SHELL_SCRIPT: 'shellScript',
  HTTP: 'http',
  APPROVAL: 'approval',
  WAIT: 'wait',
  DEPLOY: 'deploy',
};

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface StepKindInputs {
  shellScript?: { script: string; delegateSelectors?: (string | null)[] | null; timeoutMs?: number | null } | null;
  http?: {
    url: string;
    method?: string | null;
    body?: string | null;
    headers?: ({ name: string; value: string } | null)[] | null;
    expectedStatus?: number | null;
    delegateSelectors?: (string | null)[] | null;
    timeoutMs?: number | null;
  } | null;
  approval?: { userGroupIds: (string | null)[]; timeoutMs?: number | null } | null;
  wait?: { durationMs: number } | null;
  deploy?: { serviceId: string; infrastructureDefinitionId?: string | null } | null;
}

export interface WorkflowStepInput extends StepKindInputs {
  name: string;
  type: string;
}

export interface WorkflowPhaseInput {
  name: string;
  steps: (WorkflowStepInput | null)[];
}

/** A DEPLOY step's references, for the caller to check against the catalog. */
export interface DeployReference {
  field: string;
  serviceId: string;
  infrastructureDefinitionId: string | null;
}

const isStepType = (type: string): type is WorkflowStepType => (WORKFLOW_STEP_TYPES as readonly string[]).includes(type);

function selectorsFrom(values: (string | null)[] | null | undefined, field: string): string[] {
  const selectors = [...new Set(present(values).map((selector) => selector.trim()))];
  if (selectors.some((selector) => !selector)) throw badInput(`${field} must not contain an empty selector`);
  if (selectors.length > DEFINITION_LIMITS.delegateSelectors) throw badInput(`${field}: at most ${DEFINITION_LIMITS.delegateSelectors} are allowed`);
  return selectors;
}

function userGroupsFrom(values: (string | null)[] | null | undefined, field: string): string[] {
  const ids = [...new Set(present(values).map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0) throw badInput(`${field} must name at least one user group`);
  if (ids.length > DEFINITION_LIMITS.userGroups) throw badInput(`${field}: at most ${DEFINITION_LIMITS.userGroups} are allowed`);
  return ids;
}

function requireHttpUrl(value: string, field: string): void {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw badInput(`${field} "${value}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw badInput(`${field} must be an http or https URL`);
}

function stepFrom(input: WorkflowStepInput, field: string, variables: readonly Variable[]): WorkflowStep {
  const name = requiredName(input.name, `${field}.name`);
  if (!isStepType(input.type)) throw badInput(`${field}.type "${input.type}" is not a step kind (${WORKFLOW_STEP_TYPES.join(', ')})`);
  const own = SUB_INPUT_OF[input.type];
  for (const [type, key] of Object.entries(SUB_INPUT_OF)) {
    if (key !== own && input[key]) throw badInput(`${field}.${key} is not allowed on a ${input.type} step (it belongs to ${type})`);
  }
  const sub = `${field}.${own}`;
  switch (input.type) {
    case 'SHELL_SCRIPT': {
      const given = input.shellScript;
      if (!given) throw badInput(`${sub} is required for a SHELL_SCRIPT step`);
      if (!given.script.trim()) throw badInput(`${sub}.script must not be empty`);
      if (Buffer.byteLength(given.script) > DEFINITION_LIMITS.scriptBytes) throw badInput(`${sub}.script must be at most ${DEFINITION_LIMITS.scriptBytes} bytes`);
      requireDeclared(given.script, 'workflow', variables, `${sub}.script`);
      return {
        name,
        type: 'SHELL_SCRIPT',
        script: given.script,
        delegateSelectors: selectorsFrom(given.delegateSelectors, `${sub}.delegateSelectors`),
        timeoutMs: boundedInt(given.timeoutMs, `${sub}.timeoutMs`, TIMEOUTS.shellScript),
      };
    }
    case 'HTTP': {
      const given = input.http;
      if (!given) throw badInput(`${sub} is required for an HTTP step`);
      const method = (given.method ?? 'GET').trim().toUpperCase();
      if (!HTTP_METHODS.includes(method)) throw badInput(`${sub}.method "${given.method}" must be one of ${HTTP_METHODS.join(', ')}`);
      const body = given.body ?? null;
      if (body !== null && Buffer.byteLength(body) > DEFINITION_LIMITS.httpBodyBytes) throw badInput(`${sub}.body must be at most ${DEFINITION_LIMITS.httpBodyBytes} bytes`);
      const headers = present(given.headers).map((header, index) => ({ name: requiredName(header.name, `${sub}.headers[${index}].name`), value: header.value }));
      if (headers.length > DEFINITION_LIMITS.headers) throw badInput(`${sub}.headers: at most ${DEFINITION_LIMITS.headers} are allowed`);
      const url = given.url.trim();
      requireDeclared(url, 'workflow', variables, `${sub}.url`);
      // The URL may carry a variable (`https://${workflow.variables.host}/health`): check its shape with each replaced.
      requireHttpUrl(url.replace(/\$\{[^}]*\}/g, 'x'), `${sub}.url`);
      requireDeclared(body, 'workflow', variables, `${sub}.body`);
      headers.forEach((header, index) => requireDeclared(header.value, 'workflow', variables, `${sub}.headers[${index}].value`));
      return {
        name,
        type: 'HTTP',
        url,
        method,
        body,
        headers,
        expectedStatus: boundedInt(given.expectedStatus, `${sub}.expectedStatus`, { min: 100, max: 599, default: 200 }),
        delegateSelectors: selectorsFrom(given.delegateSelectors, `${sub}.delegateSelectors`),
        timeoutMs: boundedInt(given.timeoutMs, `${sub}.timeoutMs`, TIMEOUTS.http),
      };
    }
    case 'APPROVAL': {
      const given = input.approval;
      if (!given) throw badInput(`${sub} is required for an APPROVAL step`);
      return {
        name,
        type: 'APPROVAL',
        userGroupIds: userGroupsFrom(given.userGroupIds, `${sub}.userGroupIds`),
        timeoutMs: boundedInt(given.timeoutMs, `${sub}.timeoutMs`, TIMEOUTS.approval),
      };
    }
    case 'WAIT': {
      const given = input.wait;
      if (!given) throw badInput(`${sub} is required for a WAIT step`);
      return { name, type: 'WAIT', durationMs: boundedInt(given.durationMs, `${sub}.durationMs`, TIMEOUTS.wait) };
    }
    case 'DEPLOY': {
      const given = input.deploy;
      if (!given) throw badInput(`${sub} is required for a DEPLOY step`);
      const serviceId = (given.serviceId ?? '').trim();
      if (!serviceId) throw badInput(`${sub}.serviceId must not be empty`);
      return { name, type: 'DEPLOY', serviceId, infrastructureDefinitionId: given.infrastructureDefinitionId?.trim() || null };
    }
  }
}

/**
 * A workflow's phases from its input, checked for everything that needs no other data: names, step kinds, bounds,
 * variable references. What DEPLOY steps name (services, infrastructure definitions) comes back for the caller to
 * check against the catalog.
 */
export function phasesFrom(
  inputs: (WorkflowPhaseInput | null)[] | null | undefined,
  variables: readonly Variable[],
): { phases: WorkflowPhase[]; deploys: DeployReference[] } {
  const list = present(inputs);
  if (list.length > DEFINITION_LIMITS.phases) throw badInput(`phases: at most ${DEFINITION_LIMITS.phases} are allowed`);
  const deploys: DeployReference[] = [];
  const phases = list.map((phase, p) => {
    const name = requiredName(phase.name, `phases[${p}].name`);
    const stepInputs = present(phase.steps);
    if (stepInputs.length > DEFINITION_LIMITS.stepsPerPhase) throw badInput(`phases[${p}].steps: at most ${DEFINITION_LIMITS.stepsPerPhase} are allowed`);
    const steps = stepInputs.map((input, s) => {
      const field = `phases[${p}].steps[${s}]`;
      const step = stepFrom(input, field, variables);
      if (step.type === 'DEPLOY') deploys.push({ field: `${field}.deploy`, serviceId: step.serviceId, infrastructureDefinitionId: step.infrastructureDefinitionId });
      return step;
    });
    return { name, steps };
  });
  requireUnique(
    phases.map((phase) => phase.name),
    'Phase',
  );
  // Step logs and approvals are addressed by step name, across the whole workflow.
  requireUnique(
    phases.flatMap((phase) => phase.steps.map((step) => step.name)),
    'Step',
  );
  return { phases, deploys };
}
