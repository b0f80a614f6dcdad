import { callGateway, startStack, type Stack } from './stack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the deployment quota end to end (LIMIT_DEPLOYMENTS_PER_24H=3, two gateway processes)', () => {
  let stack: Stack;
  let secondGateway: string;

  const graphql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return answer.body.data as T;
  };
  const eventually = async <T>(what: () => Promise<T>): Promise<T> => {
    for (let i = 0; ; i += 1) {
      try {
        return await what();
      } catch (error) {
        if (i >= 100) throw error;
        await sleep(200);
      }
    }
  };

  beforeAll(async () => {
    stack = await startStack({ LIMIT_DEPLOYMENTS_PER_24H: '3' });
    secondGateway = await stack.startReplica('gateway');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('lets exactly 3 of 20 concurrent starts deploy and refuses the rest with DEPLOYMENT_LIMIT_REACHED and when a slot frees', async () => {
    const application = (await graphql<{ createApplication: { application: { id: string } } }>('mutation { createApplication(input: { name: "quota" }) { application { id } } }'))
      .createApplication.application.id;
    const service = (
      await graphql<{ createService: { service: { id: string } } }>('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: application, name: 'web', deploymentType: 'KUBERNETES' },
      })
    ).createService.service.id;
    const environment = (
      await graphql<{ createEnvironment: { environment: { id: string } } }>('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId: application, name: 'prod', environmentType: 'PROD' },
      })
    ).createEnvironment.environment.id;
    await graphql('mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { artifactSource { id } } }', {
      input: { appId: application, serviceId: service, name: 'builds', artifactSourceType: 'CUSTOM', custom: {} },
    });
    const workflow = (
      await eventually(() =>
        graphql<{ createWorkflow: { workflow: { id: string } } }>('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
          input: { applicationId: application, name: 'ship', workflowType: 'BASIC', environmentId: environment, phases: [{ name: 'p', steps: [{ name: 'deploy', type: 'DEPLOY', deploy: { serviceId: service } }] }] },
        }),
      )
    ).createWorkflow.workflow.id;
    const input = {
      applicationId: application,
      entityId: workflow,
      executionType: 'WORKFLOW',
      serviceInputs: [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER', buildNumber: { artifactSourceName: 'builds', buildNumber: '7' } } }],
    };
    const START = 'mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }';
    // The artifact source reaches the pipelines subgraph through an event: wait until its projection has it, so that
    // every start below gets past validation to the quota.
    const pipelinesDb = await stack.database('pipelines-workflows-executions');
    await eventually(async () => {
      if (!(await pipelinesDb.collection('known_artifact_sources').findOne({ serviceId: service, name: 'builds' }))) throw new Error('not projected yet');
    });

    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await fetch(`${i % 2 ? secondGateway : stack.gatewayOrigin}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': stack.demoApiKey },
          body: JSON.stringify({ query: START, variables: { input } }),
        });
        return (await response.json()) as { data: { startExecution: { execution: { id: string } } | null }; errors?: { message: string; extensions: { code: string } }[] };
      }),
    );
    const started = answers.flatMap((answer) => (answer.data.startExecution ? [answer.data.startExecution.execution.id] : []));
    const refused = answers.flatMap((answer) => answer.errors ?? []);
    expect(started).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const error of refused) {
      expect(error.extensions.code).toBe('DEPLOYMENT_LIMIT_REACHED');
      expect(error.message).toMatch(/The account has reached its limit of 3 deployments in 24 hours; the next deployment slot frees up at \d{4}-\d\d-\d\dT[\d:.]+Z/);
    }
    for (const id of started) {
      let status = '';
      for (let i = 0; i < 150 && status !== 'SUCCESS'; i += 1) {
        status = (await graphql<{ execution: { status: string } }>('query($id: String!) { execution(executionId: $id) { status } }', { id })).execution.status;
        if (status !== 'SUCCESS') await sleep(200);
      }
      expect(status).toBe('SUCCESS');
    }
  });
});
