import type { PipelineStage, Variable, Workflow, WorkflowStage } from '@fg/pipelines-workflows-executions/data-access';
import { checkStageVariables, stagesFrom, type PipelineStageInput } from './pipeline-definition';

const variable = (name: string, overrides: Partial<Variable> = {}): Variable => ({
  name,
  type: 'TEXT',
  required: false,
  allowedValues: [],
  defaultValue: null,
  fixed: false,
  allowMultipleValues: false,
  ...overrides,
});
const workflowStage = (name: string, workflowId = 'wf-1', extra: Partial<PipelineStageInput> = {}): PipelineStageInput => ({
  name,
  type: 'WORKFLOW',
  workflow: { workflowId },
  ...extra,
});
const approvalStage = (name: string): PipelineStageInput => ({ name, type: 'APPROVAL', approval: { userGroupIds: ['g1'] } });
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('stagesFrom', () => {
  it('gives new stages ids and defaults, and returns workflow stages for their workflows to be checked', () => {
    const { stages, workflowStages } = stagesFrom([workflowStage('build'), approvalStage('sign-off'), workflowStage('prod', 'wf-2', { parallelWithPrevious: true })], [], []);

    expect(stages.map((stage) => [stage.name, stage.type, stage.parallelWithPrevious])).toEqual([
      ['build', 'WORKFLOW', false],
      ['sign-off', 'APPROVAL', false],
      ['prod', 'WORKFLOW', true],
    ]);
    expect(new Set(stages.map((stage) => stage.id)).size).toBe(3);
    expect(stages[1]).toMatchObject({ userGroupIds: ['g1'], timeoutMs: 86_400_000 });
    expect(workflowStages.map(({ field, stage }) => [field, stage.workflowId])).toEqual([
      ['stages[0].workflow', 'wf-1'],
      ['stages[2].workflow', 'wf-2'],
    ]);
  });

  it('keeps a stage\'s id when the input names it, or keeps its name, and gives a new one otherwise', () => {
    const existing: PipelineStage[] = [
      { id: 'stage-a', name: 'a', type: 'APPROVAL', parallelWithPrevious: false, userGroupIds: ['g'], timeoutMs: 60_000 },
      { id: 'stage-b', name: 'b', type: 'APPROVAL', parallelWithPrevious: false, userGroupIds: ['g'], timeoutMs: 60_000 },
    ];
    const { stages } = stagesFrom([{ ...approvalStage('renamed'), id: 'stage-a' }, approvalStage('b'), approvalStage('new'), { ...approvalStage('stray'), id: 'unknown' }], existing, []);

    expect(stages[0].id).toBe('stage-a');
    expect(stages[1].id).toBe('stage-b');
    expect(['stage-a', 'stage-b', 'unknown']).not.toContain(stages[2].id);
    expect(['stage-a', 'stage-b', 'unknown']).not.toContain(stages[3].id);
  });

  it('refuses duplicate stage names, a parallel first stage and a stage without its sub-input', () => {
    expect(messageOf(() => stagesFrom([approvalStage('x'), approvalStage('x')], [], []))).toBe('Stage names must be unique: "x" appears twice');
    expect(messageOf(() => stagesFrom([{ ...approvalStage('x'), parallelWithPrevious: true }], [], []))).toBe('stages[0].parallelWithPrevious: the first stage has no stage before it');
    expect(messageOf(() => stagesFrom([{ name: 'w', type: 'WORKFLOW' }], [], []))).toBe('stages[0].workflow is required for a WORKFLOW stage');
    expect(messageOf(() => stagesFrom([{ ...approvalStage('a'), workflow: { workflowId: 'wf' } }], [], []))).toBe('stages[0].workflow is not allowed on an APPROVAL stage');
  });

  it('refuses a stage value that refers to an undeclared pipeline variable', () => {
    const stage = workflowStage('w', 'wf-1', { workflow: { workflowId: 'wf-1', workflowVariables: [{ name: 'tag', value: '${pipeline.variables.release}' }] } });
    expect(messageOf(() => stagesFrom([stage], [], [variable('other')]))).toBe(
      'stages[0].workflow.workflowVariables[0].value refers to ${pipeline.variables.release}, which is not a variable of the pipeline',
    );
    expect(stagesFrom([stage], [], [variable('release')]).stages).toHaveLength(1);
  });
});

describe('checkStageVariables', () => {
  const workflow = {
    name: 'Deploy',
    variables: [variable('version', { required: true }), variable('region', { allowedValues: ['eu', 'us'] }), variable('mode', { fixed: true, defaultValue: 'safe' })],
  } as Workflow;
  const stage = (values: Array<{ name: string; value: string }>): WorkflowStage => ({
    id: 's',
    name: 's',
    type: 'WORKFLOW',
    parallelWithPrevious: false,
    workflowId: 'wf',
    workflowVariables: values,
  });

  it('accepts values for the workflow\'s variables, expressions included', () => {
    expect(() => checkStageVariables(stage([{ name: 'version', value: '${pipeline.variables.v}' }, { name: 'region', value: 'eu' }]), workflow, 'stages[0].workflow')).not.toThrow();
  });

  it('refuses a missing required value, an unknown name, a fixed variable and a value outside the allowed ones', () => {
    expect(messageOf(() => checkStageVariables(stage([]), workflow, 'stages[0].workflow'))).toBe(
      'stages[0].workflow.workflowVariables: workflow "Deploy" requires a value for variable "version"',
    );
    expect(messageOf(() => checkStageVariables(stage([{ name: 'version', value: '1' }, { name: 'nope', value: 'x' }]), workflow, 'f'))).toBe(
      'f.workflowVariables[1].name "nope" is not a variable of workflow "Deploy"',
    );
    expect(messageOf(() => checkStageVariables(stage([{ name: 'version', value: '1' }, { name: 'mode', value: 'fast' }]), workflow, 'f'))).toBe(
      'f.workflowVariables[1]: variable "mode" of workflow "Deploy" is fixed',
    );
    expect(messageOf(() => checkStageVariables(stage([{ name: 'version', value: '1' }, { name: 'region', value: 'apac' }]), workflow, 'f'))).toBe(
      'f.workflowVariables[1].value "apac" is not an allowed value of variable "region"',
    );
  });

  it('takes runtime input variables as given later: a required one needs no value, an unknown or fixed one is refused', () => {
    const runtime = (names: string[]): WorkflowStage => ({ ...stage([]), runtimeInputVariables: names, runtimeInputTimeoutMs: 60_000 });
    expect(() => checkStageVariables(runtime(['version']), workflow, 'f')).not.toThrow();
    expect(messageOf(() => checkStageVariables(runtime(['version', 'nope']), workflow, 'f'))).toBe('f.runtimeInputVariables[1] "nope" is not a variable of workflow "Deploy"');
    expect(messageOf(() => checkStageVariables(runtime(['version', 'mode']), workflow, 'f'))).toBe('f.runtimeInputVariables[1]: variable "mode" of workflow "Deploy" is fixed');
  });
});

describe('runtime inputs of a workflow stage', () => {
  const withRuntime = (runtimeInputVariables: (string | null)[] | null, runtimeInputTimeoutMs?: number | null): PipelineStageInput =>
    workflowStage('deploy', 'wf-1', { workflow: { workflowId: 'wf-1', runtimeInputVariables, runtimeInputTimeoutMs } });

  it('stores the names and a bounded timeout (a day by default), and nothing on a stage without any', () => {
    expect(stagesFrom([withRuntime(['version'])], [], []).stages[0]).toMatchObject({ runtimeInputVariables: ['version'], runtimeInputTimeoutMs: 86_400_000 });
    expect(stagesFrom([withRuntime(['version'], 120_000)], [], []).stages[0]).toMatchObject({ runtimeInputTimeoutMs: 120_000 });
    expect(Object.keys(stagesFrom([withRuntime(null)], [], []).stages[0] ?? {})).not.toContain('runtimeInputVariables');
  });

  it('refuses a duplicate name, a timeout out of bounds and a timeout without variables, naming the field', () => {
    expect(messageOf(() => stagesFrom([withRuntime(['v', 'v'])], [], []))).toMatch(/stages\[0\]\.workflow\.runtimeInputVariables/);
    expect(messageOf(() => stagesFrom([withRuntime(['v'], 5)], [], []))).toBe('stages[0].workflow.runtimeInputTimeoutMs must be between 60000 and 604800000');
    expect(messageOf(() => stagesFrom([withRuntime([], 120_000)], [], []))).toBe('stages[0].workflow.runtimeInputTimeoutMs is allowed only with runtimeInputVariables');
  });
});
