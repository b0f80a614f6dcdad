import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

/** The data of an answer that must have succeeded; its errors fail the spec with their text. */
function data<T>(answer: GatewayAnswer): T {
  if (answer.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data as T;
}

const mutation = (field: string, inputType: string, selection: string) => `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;

const WORKFLOW_FIELDS = `id name description createdAt createdBy { id } workflowType environmentId applicationId
  workflowVariables { name required defaultValue } tags { name value }
  phases { name steps { name type script serviceId infrastructureDefinitionId } }`;

describe('workflows and pipelines end to end: defined through the gateway over apps-services\' catalog (separate processes)', () => {
  let stack: Stack;
  const ids = { application: '', service: '', environment: '', infrastructure: '', workflow: '', pipeline: '' };

  const send = (query: string, variables?: Record<string, unknown>) => callGateway(stack, stack.demoApiKey, { query, variables });
  const call = async <T>(query: string, variables?: Record<string, unknown>) => data<T>(await send(query, variables));

  /**
   * apps-services announces what it stores as domain events, which pipelines-workflows-executions applies to its catalog
   * a moment later: a write that names a fresh application waits for it (the wait is bounded; the check is the answer).
   */
  async function onceCatalogued(query: string, variables: Record<string, unknown>): Promise<GatewayAnswer> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const answer = await send(query, variables);
      const code = answer.body.errors?.[0]?.extensions?.code;
      if ((code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT') || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    stack = await startStack();
    type Created<K extends string, E extends string> = Record<K, Record<E, { id: string }>>;
    ids.application = (
      await call<Created<'createApplication', 'application'>>(mutation('createApplication', 'CreateApplicationInput', 'application { id }'), { input: { name: 'wf-e2e-app' } })
    ).createApplication.application.id;
    ids.service = (
      await call<Created<'createService', 'service'>>(mutation('createService', 'CreateServiceInput', 'service { id }'), {
        input: { applicationId: ids.application, name: 'wf-e2e-api', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    ids.environment = (
      await call<Created<'createEnvironment', 'environment'>>(mutation('createEnvironment', 'CreateEnvironmentInput', 'environment { id }'), {
        input: { applicationId: ids.application, name: 'wf-e2e-qa', environmentType: 'NON_PROD' },
      })
    ).createEnvironment.environment.id;
    ids.infrastructure = (
      await call<Created<'createInfrastructureDefinition', 'infrastructureDefinition'>>(
        mutation('createInfrastructureDefinition', 'CreateInfrastructureDefinitionInput', 'infrastructureDefinition { id }'),
        { input: { environmentId: ids.environment, name: 'wf-e2e-cluster', deploymentType: 'KUBERNETES' } },
      )
    ).createInfrastructureDefinition.infrastructureDefinition.id;
    await call(mutation('attachTag', 'AttachTagInput', 'tagLink { name }'), { input: { entityType: 'APPLICATION', entityId: ids.application, name: 'wf-team', value: 'payments' } });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('creates a workflow that deploys the application\'s service, once apps-services has announced them', async () => {
    const answer = await onceCatalogued(mutation('createWorkflow', 'CreateWorkflowInput', `clientMutationId workflow { ${WORKFLOW_FIELDS} }`), {
      input: {
        clientMutationId: 'wf-1',
        applicationId: ids.application,
        name: 'Deploy API',
        description: 'build, then deploy',
        workflowType: 'ROLLING',
        environmentId: ids.environment,
        variables: [{ name: 'version', required: true }],
        phases: [
          { name: 'Build', steps: [{ name: 'compile', type: 'SHELL_SCRIPT', shellScript: { script: 'echo building ${workflow.variables.version}' } }] },
          { name: 'Deploy', steps: [{ name: 'roll out', type: 'DEPLOY', deploy: { serviceId: ids.service, infrastructureDefinitionId: ids.infrastructure } }] },
        ],
      },
    });
    const created = data<{ createWorkflow: { clientMutationId: string; workflow: Record<string, unknown> & { id: string } } }>(answer).createWorkflow;
    ids.workflow = created.workflow.id;
    expect(created.clientMutationId).toBe('wf-1');
    expect(created.workflow).toEqual({
      id: expect.any(String),
      name: 'Deploy API',
      description: 'build, then deploy',
      createdAt: expect.any(Number),
      // The demo key is an API key: nobody to name.
      createdBy: null,
      workflowType: 'ROLLING',
      environmentId: ids.environment,
      applicationId: ids.application,
      workflowVariables: [{ name: 'version', required: true, defaultValue: null }],
      tags: [],
      phases: [
        { name: 'Build', steps: [{ name: 'compile', type: 'SHELL_SCRIPT', script: 'echo building ${workflow.variables.version}', serviceId: null, infrastructureDefinitionId: null }] },
        { name: 'Deploy', steps: [{ name: 'roll out', type: 'DEPLOY', script: null, serviceId: ids.service, infrastructureDefinitionId: ids.infrastructure }] },
      ],
    });
  });

  it('creates a pipeline that runs the workflow after an approval', async () => {
    const created = await call<{ createPipeline: { pipeline: { id: string; stages: Array<{ id: string; name: string; type: string }> } } }>(
      mutation('createPipeline', 'CreatePipelineInput', 'pipeline { id stages { id name type } }'),
      {
        input: {
          applicationId: ids.application,
          name: 'Release API',
          variables: [{ name: 'release', required: true }],
          stages: [
            { name: 'approve', type: 'APPROVAL', approval: { userGroupIds: ['release-managers'] } },
            { name: 'deploy', type: 'WORKFLOW', workflow: { workflowId: ids.workflow, workflowVariables: [{ name: 'version', value: '${pipeline.variables.release}' }] } },
          ],
        },
      },
    );
    ids.pipeline = created.createPipeline.pipeline.id;
    expect(created.createPipeline.pipeline.stages.map((stage) => [stage.name, stage.type])).toEqual([
      ['approve', 'APPROVAL'],
      ['deploy', 'WORKFLOW'],
    ]);
  });

  it('reads them back by id, by name, with filters and through the application', async () => {
    const read = await call<Record<string, unknown>>(
      `query($workflowId: String!, $pipelineId: String!, $appId: String!) {
        workflow(workflowId: $workflowId) { name }
        workflowByName(workflowName: "Deploy API", applicationId: $appId) { id }
        pipeline(pipelineId: $pipelineId) { name pipelineVariables { name } }
        pipelineByName(pipelineName: "Release API", applicationId: $appId) { id }
        workflows(filters: [{ application: { operator: EQUALS, values: [$appId] } }, { orchestrationWorkflowType: { operator: IN, values: [ROLLING, CANARY] } }], limit: 10) {
          pageInfo { total } nodes { name }
        }
        pipelines(filters: [{ pipeline: { operator: EQUALS, values: [$pipelineId] } }], limit: 10) { nodes { name } }
        applications(filters: [{ application: { operator: EQUALS, values: [$appId] } }], limit: 10) {
          nodes { name workflows(limit: 10) { nodes { name } } pipelines(limit: 10) { nodes { name } } }
        }
      }`,
      { workflowId: ids.workflow, pipelineId: ids.pipeline, appId: ids.application },
    );
    expect(read).toEqual({
      workflow: { name: 'Deploy API' },
      workflowByName: { id: ids.workflow },
      pipeline: { name: 'Release API', pipelineVariables: [{ name: 'release' }] },
      pipelineByName: { id: ids.pipeline },
      workflows: { pageInfo: { total: 1 }, nodes: [{ name: 'Deploy API' }] },
      pipelines: { nodes: [{ name: 'Release API' }] },
      applications: { nodes: [{ name: 'wf-e2e-app', workflows: { nodes: [{ name: 'Deploy API' }] }, pipelines: { nodes: [{ name: 'Release API' }] } }] },
    });
  });

  it('filters by tags attached in apps-services: the workflow\'s own, and its application\'s', async () => {
    await call(mutation('attachTag', 'AttachTagInput', 'tagLink { name }'), { input: { entityType: 'WORKFLOW', entityId: ids.workflow, name: 'wf-tier', value: 'gold' } });
    await call(mutation('attachTag', 'AttachTagInput', 'tagLink { name }'), { input: { entityType: 'PIPELINE', entityId: ids.pipeline, name: 'wf-tier', value: 'gold' } });

    // The tag reaches this subgraph's projection as an event: read until it shows (bounded), then check the answer.
    const query = `{
      workflows(filters: [{ tag: { entityType: WORKFLOW, tags: [{ name: "wf-tier", value: "gold" }] } }], limit: 10) { nodes { name tags { name value } } }
      byApplication: workflows(filters: [{ tag: { entityType: APPLICATION, tags: [{ name: "wf-team" }] } }], limit: 10) { nodes { name } }
      pipelines(filters: [{ tag: { entityType: PIPELINE, tags: [{ name: "wf-tier" }] } }], limit: 10) { nodes { name tags { name value } } }
      workflowStats(groupBy: [{ tagAggregation: { entityType: APPLICATION, tagName: "wf-team" } }]) { ... on AggregatedData { dataPoints { key { name } value } } }
    }`;
    const expected = {
      workflows: { nodes: [{ name: 'Deploy API', tags: [{ name: 'wf-tier', value: 'gold' }] }] },
      byApplication: { nodes: [{ name: 'Deploy API' }] },
      pipelines: { nodes: [{ name: 'Release API', tags: [{ name: 'wf-tier', value: 'gold' }] }] },
      workflowStats: { dataPoints: [{ key: { name: 'payments' }, value: 1 }] },
    };
    const deadline = Date.now() + 20_000;
    let answer = await call<unknown>(query);
    while (JSON.stringify(answer) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await call<unknown>(query);
    }
    expect(answer).toEqual(expected);
  });

  it('refuses deleting the workflow while the pipeline runs it, then deletes both', async () => {
    const refused = await send(mutation('deleteWorkflow', 'DeleteWorkflowInput', 'clientMutationId'), { input: { workflowId: ids.workflow } });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: `Workflow "Deploy API" is used by pipeline "Release API" (${ids.pipeline}); remove it from the pipeline first`,
      extensions: { code: 'CONFLICT' },
    });
    await call(mutation('deletePipeline', 'DeletePipelineInput', 'clientMutationId'), { input: { pipelineId: ids.pipeline } });
    await call(mutation('deleteWorkflow', 'DeleteWorkflowInput', 'clientMutationId'), { input: { workflowId: ids.workflow } });
    const gone = await send('query($id: String!) { workflow(workflowId: $id) { name } }', { id: ids.workflow });
    expect(gone.body.errors?.[0]).toMatchObject({ message: 'Workflow does not exist', extensions: { code: 'NOT_FOUND' } });
  });
});
