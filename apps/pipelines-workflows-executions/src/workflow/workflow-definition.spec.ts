import type { Variable } from '@fg/pipelines-workflows-executions/data-access';
import { phasesFrom, type WorkflowStepInput } from './workflow-definition';

const variable = (name: string): Variable => ({ name, type: 'TEXT', required: false, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false });
const shell = (name: string, script = 'echo hi'): WorkflowStepInput => ({ name, type: 'SHELL_SCRIPT', shellScript: { script } });
const phase = (name: string, ...steps: WorkflowStepInput[]) => ({ name, steps });
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
  throw new Error('expected an error');
};

describe('phasesFrom', () => {
  it('fills each step kind with its defaults and keeps phases and steps in order', () => {
    const { phases, deploys } = phasesFrom(
      [
        phase(
          'Prepare',
          shell('build'),
          { name: 'probe', type: 'HTTP', http: { url: 'https://example.test/health' } },
          { name: 'ok?', type: 'APPROVAL', approval: { userGroupIds: ['g1', 'g1', 'g2'] } },
        ),
        phase('Roll out', { name: 'pause', type: 'WAIT', wait: { durationMs: 500 } }, { name: 'ship', type: 'DEPLOY', deploy: { serviceId: 'svc-1' } }),
      ],
      [],
    );

    expect(phases).toEqual([
      {
        name: 'Prepare',
        steps: [
          { name: 'build', type: 'SHELL_SCRIPT', script: 'echo hi', delegateSelectors: [], timeoutMs: 600_000 },
          { name: 'probe', type: 'HTTP', url: 'https://example.test/health', method: 'GET', body: null, headers: [], expectedStatus: 200, delegateSelectors: [], timeoutMs: 60_000 },
          { name: 'ok?', type: 'APPROVAL', userGroupIds: ['g1', 'g2'], timeoutMs: 86_400_000 },
        ],
      },
      {
        name: 'Roll out',
        steps: [
          { name: 'pause', type: 'WAIT', durationMs: 500 },
          { name: 'ship', type: 'DEPLOY', serviceId: 'svc-1', infrastructureDefinitionId: null },
        ],
      },
    ]);
    expect(deploys).toEqual([{ field: 'phases[1].steps[1].deploy', serviceId: 'svc-1', infrastructureDefinitionId: null }]);
  });

  it('refuses a step name used twice, even in different phases, naming it', () => {
    expect(errorOf(() => phasesFrom([phase('one', shell('same')), phase('two', shell('same'))], []))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Step names must be unique: "same" appears twice',
    });
  });

  it('refuses a step without its own sub-input, or with another kind\'s, naming the field', () => {
    expect(errorOf(() => phasesFrom([phase('p', { name: 's', type: 'HTTP' })], [])).message).toBe('phases[0].steps[0].http is required for an HTTP step');
    expect(errorOf(() => phasesFrom([phase('p', { ...shell('s'), wait: { durationMs: 1 } })], [])).message).toBe(
      'phases[0].steps[0].wait is not allowed on a SHELL_SCRIPT step (it belongs to WAIT)',
    );
  });

  it('refuses an unknown step kind', () => {
    expect(errorOf(() => phasesFrom([phase('p', { name: 's', type: 'TERRAFORM' })], [])).message).toMatch(/^phases\[0\]\.steps\[0\]\.type "TERRAFORM" is not a step kind/);
  });

  it('refuses timeouts outside their bounds', () => {
    const tooLong = { name: 's', type: 'SHELL_SCRIPT', shellScript: { script: 'x', timeoutMs: 3_600_001 } };
    expect(errorOf(() => phasesFrom([phase('p', tooLong)], [])).message).toBe('phases[0].steps[0].shellScript.timeoutMs must be between 1000 and 3600000');
    const noWait = { name: 'w', type: 'WAIT', wait: { durationMs: 0 } };
    expect(errorOf(() => phasesFrom([phase('p', noWait)], [])).message).toBe('phases[0].steps[0].wait.durationMs must be between 1 and 86400000');
  });

  it('refuses an HTTP step whose URL is not http(s), and accepts one with a variable in it', () => {
    const ftp = { name: 'h', type: 'HTTP', http: { url: 'ftp://example.test/file' } };
    expect(errorOf(() => phasesFrom([phase('p', ftp)], [])).message).toBe('phases[0].steps[0].http.url must be an http or https URL');
    const templated = { name: 'h', type: 'HTTP', http: { url: 'https://${workflow.variables.host}/health', method: 'post' } };
    expect(phasesFrom([phase('p', templated)], [variable('host')]).phases[0].steps[0]).toMatchObject({ method: 'POST' });
  });

  it('refuses a script that refers to a variable the workflow does not declare', () => {
    expect(errorOf(() => phasesFrom([phase('p', shell('s', 'echo ${workflow.variables.missing}'))], [variable('known')])).message).toBe(
      'phases[0].steps[0].shellScript.script refers to ${workflow.variables.missing}, which is not a variable of the workflow',
    );
  });

  it('refuses an approval step without a user group', () => {
    expect(errorOf(() => phasesFrom([phase('p', { name: 'a', type: 'APPROVAL', approval: { userGroupIds: [null, ' '] } })], [])).message).toBe(
      'phases[0].steps[0].approval.userGroupIds must name at least one user group',
    );
  });
});
