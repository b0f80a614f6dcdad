import { badInput } from '@fg/graphql-kit';
import { newId } from '@fg/tenancy';
import type { PipelineStage, Variable, Workflow, WorkflowStage } from '@fg/pipelines-workflows-executions/data-access';
import { boundedInt, present, requireDeclared, requiredName, requireUnique } from '../definition/definition-input';
import { DEFINITION_LIMITS, TIMEOUTS } from '../definition/definition-limits';

export interface PipelineStageInput {
  id?: string | null;
  name: string;
  type: string;
  parallelWithPrevious?: boolean | null;
  workflow?: {
    workflowId: string;
    workflowVariables?: ({ name: string; value: string } | null)[] | null;
    runtimeInputVariables?: (string | null)[] | null;
    runtimeInputTimeoutMs?: number | null;
  } | null;
  approval?: { userGroupIds: (string | null)[]; timeoutMs?: number | null } | null;
}

/** A workflow stage's workflow, for the caller to look up (it must be a workflow of the pipeline's application). */
export interface StageWorkflowReference {
  field: string;
  stage: WorkflowStage;
}

/**
 * The id a stage keeps across updates: the id it names when that is one of the pipeline's stages, else the id of the
 * stage that had its name, else a new one (so clients that never send ids still keep them).
 */
function stageId(input: PipelineStageInput, name: string, existing: readonly PipelineStage[], taken: Set<string>): string {
  const byId = input.id ? existing.find((stage) => stage.id === input.id) : undefined;
  const byName = existing.find((stage) => stage.name === name);
  const candidate = byId?.id ?? byName?.id;
  const id = candidate && !taken.has(candidate) ? candidate : newId();
  taken.add(id);
  return id;
}

/**
 * A pipeline's stages from its input, checked for everything that needs no other data (names, kinds, bounds, the
 * pipeline variables a stage's values refer to); workflow stages come back for the caller to check their workflows.
 */
export function stagesFrom(
  inputs: (PipelineStageInput | null)[] | null | undefined,
  existing: readonly PipelineStage[],
  variables: readonly Variable[],
): { stages: PipelineStage[]; workflowStages: StageWorkflowReference[] } {
  const list = present(inputs);
  if (list.length > DEFINITION_LIMITS.stages) throw badInput(`stages: at most ${DEFINITION_LIMITS.stages} are allowed`);
  const taken = new Set<string>();
  const workflowStages: StageWorkflowReference[] = [];
  const stages = list.map((input, index): PipelineStage => {
    const field = `stages[${index}]`;
    const name = requiredName(input.name, `${field}.name`);
    const parallelWithPrevious = input.parallelWithPrevious ?? false;
    if (parallelWithPrevious && index === 0) throw badInput(`${field}.parallelWithPrevious: the first stage has no stage before it`);
    const id = stageId(input, name, existing, taken);
    switch (input.type) {
      case 'WORKFLOW': {
        if (input.approval) throw badInput(`${field}.approval is not allowed on a WORKFLOW stage`);
        if (!input.workflow) throw badInput(`${field}.workflow is required for a WORKFLOW stage`);
        const workflowId = (input.workflow.workflowId ?? '').trim();
        if (!workflowId) throw badInput(`${field}.workflow.workflowId must not be empty`);
        const workflowVariables = present(input.workflow.workflowVariables).map((variable, v) => {
          const variableField = `${field}.workflow.workflowVariables[${v}]`;
          requireDeclared(variable.value, 'pipeline', variables, `${variableField}.value`);
          return { name: requiredName(variable.name, `${variableField}.name`), value: variable.value };
        });
        requireUnique(
          workflowVariables.map((variable) => variable.name),
          `${field}.workflow.workflowVariables`,
        );
        const stage: WorkflowStage = { id, name, parallelWithPrevious, type: 'WORKFLOW', workflowId, workflowVariables, ...runtimeInputsOf(input.workflow, field) };
        workflowStages.push({ field: `${field}.workflow`, stage });
        return stage;
      }
      case 'APPROVAL': {
        if (input.workflow) throw badInput(`${field}.workflow is not allowed on an APPROVAL stage`);
        if (!input.approval) throw badInput(`${field}.approval is required for an APPROVAL stage`);
        const userGroupIds = [...new Set(present(input.approval.userGroupIds).map((id) => id.trim()).filter(Boolean))];
        if (userGroupIds.length === 0) throw badInput(`${field}.approval.userGroupIds must name at least one user group`);
        if (userGroupIds.length > DEFINITION_LIMITS.userGroups) throw badInput(`${field}.approval.userGroupIds: at most ${DEFINITION_LIMITS.userGroups} are allowed`);
        return {
          id,
          name,
          parallelWithPrevious,
          type: 'APPROVAL',
          userGroupIds,
          timeoutMs: boundedInt(input.approval.timeoutMs, `${field}.approval.timeoutMs`, TIMEOUTS.approval),
        };
      }
      default:
        throw badInput(`${field}.type "${input.type}" is not a stage kind (WORKFLOW, APPROVAL)`);
    }
  });
  requireUnique(
    stages.map((stage) => stage.name),
    'Stage',
  );
  return { stages, workflowStages };
}

/** A stage's runtime inputs; a stage without any stores neither field (as stages stored before they existed). */
function runtimeInputsOf(
  input: NonNullable<PipelineStageInput['workflow']>,
  field: string,
): Pick<WorkflowStage, 'runtimeInputVariables' | 'runtimeInputTimeoutMs'> {
  const names = present(input.runtimeInputVariables).map((name, index) => requiredName(name, `${field}.workflow.runtimeInputVariables[${index}]`));
  if (names.length === 0) {
    if (input.runtimeInputTimeoutMs !== null && input.runtimeInputTimeoutMs !== undefined) {
      throw badInput(`${field}.workflow.runtimeInputTimeoutMs is allowed only with runtimeInputVariables`);
    }
    return {};
  }
  requireUnique(names, `${field}.workflow.runtimeInputVariables`);
  return { runtimeInputVariables: names, runtimeInputTimeoutMs: boundedInt(input.runtimeInputTimeoutMs, `${field}.workflow.runtimeInputTimeoutMs`, TIMEOUTS.approval) };
}

const isExpression = (value: string) => value.includes('${');

/**
 * A workflow stage's values against its workflow's variables: every name a variable of the workflow, no value for a
 * fixed one, allowed values respected (expressions are resolved at run time), and every required variable without a
 * default given a value.
 */
export function checkStageVariables(stage: WorkflowStage, workflow: Workflow, field: string): void {
  const byName = new Map(workflow.variables.map((variable) => [variable.name, variable]));
  stage.workflowVariables.forEach((given, index) => {
    const variableField = `${field}.workflowVariables[${index}]`;
    const variable = byName.get(given.name);
    if (!variable) throw badInput(`${variableField}.name "${given.name}" is not a variable of workflow "${workflow.name}"`);
    if (variable.fixed) throw badInput(`${variableField}: variable "${given.name}" of workflow "${workflow.name}" is fixed`);
    if (variable.allowedValues.length > 0 && !isExpression(given.value)) {
      const values = variable.allowMultipleValues ? given.value.split(',').map((value) => value.trim()) : [given.value];
      const outside = values.find((value) => !variable.allowedValues.includes(value));
      if (outside !== undefined) throw badInput(`${variableField}.value "${outside}" is not an allowed value of variable "${given.name}"`);
    }
  });
  (stage.runtimeInputVariables ?? []).forEach((name, index) => {
    const variable = byName.get(name);
    const runtimeField = `${field}.runtimeInputVariables[${index}]`;
    if (!variable) throw badInput(`${runtimeField} "${name}" is not a variable of workflow "${workflow.name}"`);
    if (variable.fixed) throw badInput(`${runtimeField}: variable "${name}" of workflow "${workflow.name}" is fixed`);
  });
  // Runtime input variables get their values when the stage is reached.
  const given = new Set([...stage.workflowVariables.map((variable) => variable.name), ...(stage.runtimeInputVariables ?? [])]);
  const missing = workflow.variables.find((variable) => variable.required && variable.defaultValue === null && !variable.fixed && !given.has(variable.name));
  if (missing) throw badInput(`${field}.workflowVariables: workflow "${workflow.name}" requires a value for variable "${missing.name}"`);
}
