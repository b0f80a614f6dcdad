import { eventually, gatewayData, startStack, type Stack } from './stack';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIRINGS = `query($id: String!) {
  triggerFirings(triggerId: $id, limit: 10) { pageInfo { total } nodes { status executionId reason message artifacts { artifactId buildNo } } }
}`;
const EXECUTION = `query($id: String!) {
  execution(executionId: $id) { ... on WorkflowExecution { workflow { id } artifacts { id } cause { __typename ... on ExecutedByTrigger { trigger { id name } } } } }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ON_NEW_ARTIFACT through the stack (built apps)', () => {
  let stack: Stack;
  let calls = 0;

  const graphql = (query: string, variables?: Record<string, unknown>) => gatewayData<Data>(stack, stack.demoApiKey, query, variables);

  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('starts the workflow with a recorded build that passes the filter, once, as the trigger', async () => {
    const appId = (await graphql('mutation { createApplication(input: { name: "artifact-triggers" }) { application { id } } }')).createApplication.application.id;
    const serviceId = (
      await graphql('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: appId, name: 'api', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    const environmentId = (
      await graphql('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId: appId, name: 'qa', environmentType: 'NON_PROD' },
      })
    ).createEnvironment.environment.id;
    const source = (
      await graphql('mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { collectionToken artifactSource { id } } }', {
        input: { appId, serviceId, name: 'registry', artifactSourceType: 'CUSTOM', custom: {} },
      })
    ).createArtifactSource;
    const workflowId = (
      await eventually(() =>
        graphql('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
          input: {
            clientMutationId: `wf-${(calls += 1)}`,
            applicationId: appId,
            name: 'deploy-api',
            workflowType: 'BASIC',
            environmentId,
            phases: [{ name: 'release', steps: [{ name: 'deploy', type: 'DEPLOY', deploy: { serviceId } }] }],
          },
        }),
      )
    ).createWorkflow.workflow.id;
    const trigger = (
      await eventually(() =>
        graphql('mutation($input: CreateTriggerInput!) { createTrigger(input: $input) { trigger { id name } } }', {
          input: {
            clientMutationId: `tr-${(calls += 1)}`,
            name: 'on-release-build',
            applicationId: appId,
            condition: { conditionType: 'ON_NEW_ARTIFACT', artifactConditionInput: { artifactSourceId: source.artifactSource.id, artifactFilter: '1\\..*', regex: true } },
            action: { executionType: 'WORKFLOW', entityId: workflowId, artifactSelections: [{ serviceId, artifactSelectionType: 'FROM_TRIGGERING_ARTIFACT' }] },
          },
        }),
      )
    ).createTrigger.trigger;

    const record = async (buildNo: string) => {
      const response = await fetch(`${stack.gatewayOrigin}/api/artifacts/builds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-collection-token': source.collectionToken },
        body: JSON.stringify({ buildNo }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as Data).artifact;
    };
    await record('0.9.0');
    const release = await record('1.2.0');

    let firings = (await graphql(FIRINGS, { id: trigger.id })).triggerFirings;
    for (let i = 0; i < 150 && (firings.pageInfo.total < 1 || firings.nodes.some((f: Data) => f.status === 'FIRING')); i += 1) {
      await sleep(200);
      firings = (await graphql(FIRINGS, { id: trigger.id })).triggerFirings;
    }
    expect(firings.pageInfo.total).toBe(1);
    expect(firings.nodes[0]).toMatchObject({ status: 'STARTED', reason: null, artifacts: [{ artifactId: release.id, buildNo: '1.2.0' }] });
    const execution = (await graphql(EXECUTION, { id: firings.nodes[0].executionId })).execution;
    expect(execution).toEqual({
      workflow: { id: workflowId },
      artifacts: [{ id: release.id }],
      cause: { __typename: 'ExecutedByTrigger', trigger: { id: trigger.id, name: 'on-release-build' } },
    });
  });
});
