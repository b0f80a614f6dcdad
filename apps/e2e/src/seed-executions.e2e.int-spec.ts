import { eventually, gatewayData, startStack, type Stack } from './stack';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The seed FAQ's execution examples (shared/seed/harness-graphql-api-faqs.md: "How can I trigger a Workflow using
 * GraphQL API?" with its four steps, and "How to see executions for a given Workflow using Harness APIs?"), sent as
 * the FAQ writes them, with its placeholders filled in.
 */
describe('the seed FAQ: trigger a workflow and see its executions (built apps)', () => {
  let stack: Stack;
  const graphql = (query: string, variables?: Record<string, unknown>) => gatewayData<Data>(stack, stack.demoApiKey, query, variables);

  beforeAll(async () => {
    stack = await startStack();
    // What the FAQ assumes exists: an application with a service, its artifact source and a workflow that deploys it.
    const appId = (await graphql('mutation { createApplication(input: { name: "FAQ App" }) { application { id } } }')).createApplication.application.id;
    const serviceId = (
      await graphql('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: appId, name: 'frontend', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    const environmentId = (
      await graphql('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId: appId, name: 'qa', environmentType: 'NON_PROD' },
      })
    ).createEnvironment.environment.id;
    await graphql('mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { artifactSource { id } } }', {
      input: { appId, serviceId, name: 'frontend-image', artifactSourceType: 'CUSTOM', custom: {} },
    });
    await eventually(() =>
      graphql('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
        input: {
          applicationId: appId,
          name: 'FAQ Workflow',
          workflowType: 'BASIC',
          environmentId,
          variables: [{ name: 'ticket', required: true }],
          phases: [{ name: 'release', steps: [{ name: 'deploy', type: 'DEPLOY', deploy: { serviceId } }] }],
        },
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('fetches the ids by name, the execution inputs, starts the workflow and lists its executions', async () => {
    // Step 1: Fetch the Application ID.
    const step1 = await graphql(`query {
  applicationByName(name: "FAQ App") {
    id
  }
}`);
    const applicationId: string = step1.applicationByName.id;

    // Step 2: Fetch the Workflow ID.
    const step2 = await graphql(`query {
  workflowByName(workflowName: "FAQ Workflow", applicationId: "${applicationId}") {
    id
  }
}`);
    const workflowId: string = step2.workflowByName.id;

    // Step 3: Fetch the Execution Input: which services need an artifact, and their artifact sources.
    const step3 = await eventually(() =>
      graphql(`query {
  executionInputs(
    applicationId: "${applicationId}"
    entityId: "${workflowId}"
    executionType: WORKFLOW
    variableInputs: [{ name: "ticket", variableValue: { type: NAME, value: "CD-42" } }]
  ) {
    serviceInputs {
      id
      name
      artifactType
      artifactSources {
        id
        name
      }
    }
  }
}`).then((data) => {
        if (data.executionInputs.serviceInputs[0]?.artifactSources?.length !== 1) throw new Error('the artifact source is not projected yet');
        return data;
      }),
    );
    expect(step3.executionInputs.serviceInputs).toEqual([{ id: expect.any(String), name: 'frontend', artifactType: 'DOCKER', artifactSources: [{ id: expect.any(String), name: 'frontend-image' }] }]);

    // Step 4: Start the Execution, with the build number of the service's artifact source.
    const step4 = await eventually(() =>
      graphql(`mutation {
  startExecution(input: {
    applicationId: "${applicationId}"
    entityId: "${workflowId}"
    executionType: WORKFLOW
    variableInputs: [{ name: "ticket", variableValue: { type: NAME, value: "CD-42" } }]
    serviceInputs: [
      {
        name: "frontend"
        artifactValueInput: {
          valueType: BUILD_NUMBER
          buildNumber: { buildNumber: "1.4.2", artifactSourceName: "frontend-image" }
        }
      }
    ]
    notes: "Started as the FAQ shows"
  }) {
    clientMutationId
    execution {
      id
      status
    }
  }
}`),
    );
    const executionId: string = step4.startExecution.execution.id;
    expect(step4.startExecution.execution.status).toBe('QUEUED');

    let status = 'QUEUED';
    for (let i = 0; i < 150 && !['SUCCESS', 'FAILED', 'ERROR'].includes(status); i += 1) {
      await sleep(200);
      status = (await graphql(`{ execution(executionId: "${executionId}") { status } }`)).execution.status;
    }
    expect(status).toBe('SUCCESS');

    // "How to see executions for a given Workflow": up to 30 deployments of the workflow.
    const listed = await graphql(`{
  executions(
    filters: [
      { workflow: { operator: EQUALS, values: ["${workflowId}"] } }
    ]
    limit: 30
  ) {
    pageInfo {
      total
    }
    nodes {
      id
    }
  }
}`);
    expect(listed.executions).toEqual({ pageInfo: { total: 1 }, nodes: [{ id: executionId }] });
  });
});
