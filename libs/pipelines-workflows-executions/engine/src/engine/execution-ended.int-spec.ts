import type { DomainEvent } from '@fg/domain-events';
import { ServiceMetrics } from '@fg/metrics';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { isFinal } from '../execution/execution.entity';
import type { ExecutionEngine } from './execution-engine';

// Engines driven by hand, as several broker processes would race; events are collected as the publisher got them.
let harness: EngineHarness;
beforeAll(async () => {
  const facts = staticFacts([{ id: 'svc-1', name: 'web', artifactSources: [{ id: 'src-1', name: 'nginx' }] }]);
  harness = await engineHarness({ LIMIT_DEPLOYMENTS_PER_24H: '1' }, { ...facts, artifactByBuild: async (_accountId, sourceId, buildNo) => ({ id: `art-${sourceId}-${buildNo}` }) });
});
afterAll(() => harness.cleanup());

const admin = (accountId: string) => testPrincipal(accountId, { permissions: ACCOUNT_ADMINISTRATOR });
const webBuild = (buildNumber: string) => [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER' as const, buildNumber: { artifactSourceName: 'nginx', buildNumber } } }];
const deployStep = { type: 'DEPLOY' as const, name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId: null };

function recorder(): { events: DomainEvent[]; publish(event: DomainEvent): Promise<string> } {
  const events: DomainEvent[] = [];
  return { events, publish: async (event) => (events.push(event), event.id) };
}

/** Advances until every engine sees the execution final, all of them at once each round. */
async function raceToEnd(engines: ExecutionEngine[], accountId: string, executionId: string): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const seen = await Promise.all(engines.map((engine) => engine.advance(accountId, executionId)));
    if (seen.every((execution) => execution && isFinal(execution.status))) return;
  }
  throw new Error('the execution did not end');
}

describe('execution.ended', () => {
  it('is published once, by the engine whose write ended the execution, with the artifact it deployed', async () => {
    const workflow = await harness.workflow('acc-ended', { phases: [{ name: 'p', steps: [deployStep] }] });
    const { execution } = await (await harness.launcher()).start(admin('acc-ended'), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, serviceInputs: webBuild('7') });
    const publisher = recorder();
    await raceToEnd([harness.engine({ events: publisher }), harness.engine({ events: publisher }), harness.engine({ events: publisher })], 'acc-ended', execution.id);
    const ended = await harness.executions.byId('acc-ended', execution.id);
    expect(publisher.events).toEqual([
      expect.objectContaining({
        type: 'execution.ended',
        id: `execution.ended:${execution.id}`,
        payload: {
          accountId: 'acc-ended',
          executionId: execution.id,
          appId: 'app-1',
          executionType: 'WORKFLOW',
          entityId: workflow.id,
          status: 'SUCCESS',
          endedAt: ended?.endedAt,
          artifacts: [{ serviceId: 'svc-1', artifactSourceId: 'src-1', artifactId: 'art-src-1-7', buildNo: '7' }],
          manifests: [],
        },
      }),
    ]);
  });

  it('announces a pipeline with its members’ deployments, and a member that failed to start at once', async () => {
    const deployer = await harness.workflow('acc-ended-pipeline', { phases: [{ name: 'p', steps: [deployStep] }] });
    const stage = (name: string, parallelWithPrevious: boolean) => ({ id: name, name, type: 'WORKFLOW' as const, workflowId: deployer.id, workflowVariables: [], parallelWithPrevious });
    // The account may deploy once: the second stage's member is refused by the quota and born FAILED.
    const pipeline = await harness.pipelines.create('acc-ended-pipeline', { applicationId: 'app-1', name: 'two', description: null, stages: [stage('a', false), stage('b', false)] });
    const { execution } = await (await harness.launcher()).start(admin('acc-ended-pipeline'), { applicationId: 'app-1', executionType: 'PIPELINE', entityId: pipeline.id, serviceInputs: webBuild('8') });
    const publisher = recorder();
    const engines = [harness.engine({ events: publisher }), harness.engine({ events: publisher })];
    for (let round = 0; round < 50; round++) {
      const members = await harness.executions.membersOf('acc-ended-pipeline', [execution.id]);
      await Promise.all(members.flatMap((member) => engines.map((engine) => engine.advance('acc-ended-pipeline', member.id))));
      const seen = await Promise.all(engines.map((engine) => engine.advance('acc-ended-pipeline', execution.id)));
      if (seen.every((current) => current && isFinal(current.status))) break;
    }
    const members = await harness.executions.membersOf('acc-ended-pipeline', [execution.id]);
    const byExecution = new Map(publisher.events.map((event) => [event.type === 'execution.ended' ? event.payload.executionId : '', event]));
    expect(publisher.events).toHaveLength(3);
    expect(byExecution.get(execution.id)?.payload).toMatchObject({ executionType: 'PIPELINE', entityId: pipeline.id, status: 'FAILED', artifacts: [{ serviceId: 'svc-1', artifactId: 'art-src-1-8', buildNo: '8' }] });
    expect(members.map((member) => byExecution.get(member.id)?.payload).map((payload) => (payload as { status: string }).status).sort()).toEqual(['FAILED', 'SUCCESS']);
  });
});

describe('execution metrics', () => {
  it('counts each status an execution reaches once, and the deployment quota reservations granted and refused', async () => {
    const metrics = new ServiceMetrics('delegate-broker');
    const sample = async (name: string, labels: Record<string, string>) => {
      const metric = (await metrics.registry.getMetricsAsJSON()).find((candidate) => candidate.name === name);
      const values = (metric?.values ?? []) as Array<{ labels: Record<string, string | number>; value: number }>;
      return values.find((value) => Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === expected))?.value ?? 0;
    };
    const launcher = await harness.launcher(metrics.platform);
    const workflow = await harness.workflow('acc-metrics', { phases: [{ name: 'p', steps: [deployStep] }] });
    const { execution } = await launcher.start(admin('acc-metrics'), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, serviceInputs: webBuild('1') });
    await expect(launcher.start(admin('acc-metrics'), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, serviceInputs: webBuild('2') })).rejects.toMatchObject({
      extensions: { code: 'DEPLOYMENT_LIMIT_REACHED' },
    });
    await raceToEnd([harness.engine({ metrics: metrics.platform }), harness.engine({ metrics: metrics.platform })], 'acc-metrics', execution.id);
    expect(await sample('fg_executions_total', { status: 'QUEUED' })).toBe(1);
    expect(await sample('fg_executions_total', { status: 'RUNNING' })).toBe(1);
    expect(await sample('fg_executions_total', { status: 'SUCCESS' })).toBe(1);
    expect(await sample('fg_quota_reservations_total', { quota: 'deployments', result: 'granted' })).toBe(1);
    expect(await sample('fg_quota_reservations_total', { quota: 'deployments', result: 'refused' })).toBe(1);
  });
});
