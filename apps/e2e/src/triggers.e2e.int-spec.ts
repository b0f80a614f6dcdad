import { createHmac } from 'node:crypto';
import { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { callGateway, eventually, startStack, type Stack } from './stack';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE_APP = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`;
const CREATE_TRIGGER = `mutation($input: CreateTriggerInput!) {
  createTrigger(input: $input) { trigger { id condition { ... on OnWebhook { webhookDetails { webhookURL method } webhookSecret } } } }
}`;
const FIRINGS = `query($id: String!) {
  triggerFirings(triggerId: $id, limit: 10) { pageInfo { total } nodes { deliveryId status executionId reason } }
}`;

const EXECUTION = `query($id: String!) {
  execution(executionId: $id) { id ... on WorkflowExecution { workflow { id } cause { __typename ... on ExecutedByTrigger { trigger { id } } } } }
}`;

const ATTACH_TAG = `mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { entityType entityId name value appId } } }`;
const DETACH_TAG = `mutation($input: DetachTagInput!) { detachTag(input: $input) { clientMutationId } }`;
const TRIGGER_TAGS = `query($id: String!) { trigger(triggerId: $id) { id tags { name value } } }`;
const TRIGGERS_TAGGED = `query($tags: [TagInput]) {
  triggers(limit: 100, filters: [{ tag: { entityType: APPLICATION, tags: $tags } }]) { nodes { id tags { name value } } }
}`;

const SECRET = 'e2e-webhook-secret';
/** The account the stack's demo API key belongs to. */
const DEMO_ACCOUNT = 'demo-account';
const sign = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('triggers through the gateway (built apps)', () => {
  let stack: Stack;
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data as Data;
  };

  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  /** An application with a workflow (seeded in the demo account, as config-as-code would) and a webhook trigger of it. */
  async function applicationWithTrigger(name: string): Promise<{ applicationId: string; triggerId: string }> {
    const applicationId = (await gql(CREATE_APP, { input: { name } })).createApplication.application.id;
    const workflows = new WorkflowRepository(await stack.database('pipelines-workflows-executions'));
    const workflow = await workflows.create(DEMO_ACCOUNT, {
      applicationId,
      name: `${name}-workflow`,
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [],
      createdBy: null,
    });
    const input = {
      name: `${name}-trigger`,
      applicationId,
      condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' } } },
      action: { executionType: 'WORKFLOW', entityId: workflow.id },
    };
    return { applicationId, triggerId: (await gql(CREATE_TRIGGER, { input })).createTrigger.trigger.id };
  }

  it("tags a trigger with attachTag TRIGGER (an Extension), shows and detaches it, and filters triggers by their application's tags", async () => {
    const tagged = await applicationWithTrigger('tagged-triggers');
    const plain = await applicationWithTrigger('plain-triggers');

    const attached = await gql(ATTACH_TAG, { input: { entityType: 'TRIGGER', entityId: tagged.triggerId, name: 'team', value: 'payments' } });
    expect(attached.attachTag.tagLink).toEqual({ entityType: 'TRIGGER', entityId: tagged.triggerId, name: 'team', value: 'payments', appId: null });
    await gql(ATTACH_TAG, { input: { entityType: 'APPLICATION', entityId: tagged.applicationId, name: 'tier', value: 'gold' } });

    // apps-services announces the links; the pipelines subgraph shows them once its projection has the events.
    const tagsOf = async (triggerId: string) => (await gql(TRIGGER_TAGS, { id: triggerId })).trigger.tags as Data[];
    await eventually(async () => expect(await tagsOf(tagged.triggerId)).toEqual([{ name: 'team', value: 'payments' }]));
    expect(await tagsOf(plain.triggerId)).toEqual([]);
    const byApplicationTag = async (tags: Data[]) => (await gql(TRIGGERS_TAGGED, { tags })).triggers.nodes as Data[];
    await eventually(async () =>
      expect(await byApplicationTag([{ name: 'tier', value: 'gold' }])).toEqual([{ id: tagged.triggerId, tags: [{ name: 'team', value: 'payments' }] }]),
    );
    expect(await byApplicationTag([{ name: 'tier' }])).toEqual([{ id: tagged.triggerId, tags: [{ name: 'team', value: 'payments' }] }]);
    expect(await byApplicationTag([{ name: 'tier', value: 'silver' }])).toEqual([]);
    // The filter is on the application's tags, not the trigger's own.
    expect(await byApplicationTag([{ name: 'team' }])).toEqual([]);

    await gql(DETACH_TAG, { input: { entityType: 'TRIGGER', entityId: tagged.triggerId, name: 'team' } });
    await eventually(async () => expect(await tagsOf(tagged.triggerId)).toEqual([]));
  });

  it('fires once for a signed GitHub push, however often it is delivered, and refuses a bad signature with 401', async () => {
    const applicationId = (await gql(CREATE_APP, { input: { name: 'webhooks' } })).createApplication.application.id;
    // Workflows have no GraphQL create in the reference: seed one in the demo account, as config-as-code would.
    const workflows = new WorkflowRepository(await stack.database('pipelines-workflows-executions'));
    const workflow = await workflows.create(DEMO_ACCOUNT, {
      applicationId,
      name: 'deploy-on-push',
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [],
      createdBy: null,
    });

    const created = await gql(CREATE_TRIGGER, {
      input: {
        name: 'on-push',
        applicationId,
        condition: {
          conditionType: 'ON_WEBHOOK',
          webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, branchRegex: 'main', webhookSecret: SECRET },
        },
        action: { executionType: 'WORKFLOW', entityId: workflow.id },
      },
    });
    const trigger = created.createTrigger.trigger;
    expect(trigger.condition.webhookSecret).toBeNull();
    const webhookUrl: string = trigger.condition.webhookDetails.webhookURL;
    expect(webhookUrl).toMatch(/\/api\/webhooks\/triggers\/[A-Za-z0-9_-]{32}$/);
    const path = new URL(webhookUrl).pathname;

    const push = JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/api' }, commits: [{ modified: ['a.txt'] }] });
    const deliver = async (signature: string, deliveryId = 'gh-e2e-1') => {
      const response = await fetch(`${stack.gatewayOrigin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': deliveryId, 'x-hub-signature-256': signature },
        body: push,
      });
      return { status: response.status, body: (await response.json()) as Data };
    };

    const forged = await deliver(sign(push, 'not-the-secret'));
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(FIRINGS, { id: trigger.id })).triggerFirings.pageInfo.total).toBe(0);

    const first = await deliver(sign(push));
    expect(first.status).toBe(202);
    expect(first.body.fired).toBe(true);
    const retried = await deliver(sign(push));
    expect(retried).toEqual({ status: 200, body: { fired: false, duplicate: true, reason: 'This delivery was received before' } });

    const firings = (await gql(FIRINGS, { id: trigger.id })).triggerFirings;
    expect(firings.pageInfo.total).toBe(1);
    expect(firings.nodes[0]).toEqual({ deliveryId: 'delivery:gh-e2e-1', status: 'STARTED', executionId: first.body.firing.executionId, reason: null });
    const execution = await gql(EXECUTION, { id: first.body.firing.executionId });
    expect(execution.execution).toMatchObject({ workflow: { id: workflow.id }, cause: { __typename: 'ExecutedByTrigger', trigger: { id: trigger.id } } });

    const unknown = await fetch(`${stack.gatewayOrigin}/api/webhooks/triggers/no-such-token`, { method: 'POST', body: push });
    expect(unknown.status).toBe(404);
  });
  it('deletes the workflows, pipelines and triggers of a deleted application: they read as missing, and its schedule stops firing', async () => {
    const applicationId = (await gql(CREATE_APP, { input: { name: 'cascade' } })).createApplication.application.id;
    // apps-services announces the application; pipelines-workflows-executions knows it a moment later.
    const workflowId = await eventually(
      async () =>
        (
          await gql(`mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }`, {
            input: { applicationId, name: 'nap', workflowType: 'BASIC', phases: [{ name: 'p', steps: [{ name: 'nap', type: 'WAIT', wait: { durationMs: 1 } }] }] },
          })
        ).createWorkflow.workflow.id as string,
    );
    const pipelineId = (
      await gql(`mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }`, {
        input: { applicationId, name: 'release', stages: [{ name: 'nap', type: 'WORKFLOW', workflow: { workflowId } }] },
      })
    ).createPipeline.pipeline.id as string;
    const triggerId = (
      await gql(CREATE_TRIGGER, {
        input: {
          name: 'every-second',
          applicationId,
          condition: { conditionType: 'ON_SCHEDULE', scheduleConditionInput: { cronExpression: '* * * * * ?' } },
          action: { executionType: 'WORKFLOW', entityId: workflowId },
        },
      })
    ).createTrigger.trigger.id as string;
    const executionsOfApplication = async () =>
      (
        await gql(`query($app: [String]!) { executions(filters: [{ application: { operator: IN, values: $app } }], limit: 100) { pageInfo { total } nodes { id } } }`, {
          app: [applicationId],
        })
      ).executions as { pageInfo: { total: number }; nodes: Array<{ id: string }> };
    // It fires before the delete, so that its silence after it means something.
    const fired = await eventually(async () => {
      const executions = await executionsOfApplication();
      expect(executions.pageInfo.total).toBeGreaterThan(0);
      return executions;
    });

    await gql(`mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }`, { input: { applicationId } });

    const reads = (workflow: string, pipeline: string, trigger: string) =>
      callGateway(stack, stack.demoApiKey, {
        query: `query($workflow: String!, $pipeline: String!, $trigger: String!) {
          workflow(workflowId: $workflow) { id } pipeline(pipelineId: $pipeline) { id } trigger(triggerId: $trigger) { id }
        }`,
        variables: { workflow, pipeline, trigger },
      });
    const asMissing = await reads('no-such-workflow', 'no-such-pipeline', 'no-such-trigger');
    const shape = (answer: Awaited<ReturnType<typeof reads>>) => ({
      data: answer.body.data,
      // The fields resolve in parallel: their errors come in any order.
      errors: answer.body.errors?.map((error) => `${String(error.extensions?.code)}: ${error.message}`).sort(),
    });
    expect(shape(asMissing)).toEqual({
      data: { workflow: null, pipeline: null, trigger: null },
      errors: ['NOT_FOUND: Pipeline does not exist', 'NOT_FOUND: Trigger does not exist', 'NOT_FOUND: Workflow does not exist'],
    });
    await eventually(async () => expect(shape(await reads(workflowId, pipelineId, triggerId))).toEqual(shape(asMissing)));

    // Its job scheduler is gone (the integration spec reads BullMQ for it); here: no execution starts any more. A tick
    // taken just before the delete may still be starting one, so count once that has settled, then again after
    // several more ticks would have come.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await executionsOfApplication();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await executionsOfApplication()).pageInfo.total).toBe(after.pageInfo.total);

    // The executions stay as history, without an error: the application they name keeps its id (the reference the
    // execution holds) and apps-services resolves nothing more for it; the workflow, this subgraph's own, is null.
    expect(after.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(fired.nodes.map((node) => node.id)));
    const history = await callGateway(stack, stack.demoApiKey, {
      query: `query($id: String!) { execution(executionId: $id) { id application { id name } ... on WorkflowExecution { workflow { id } } } }`,
      variables: { id: fired.nodes[0].id },
    });
    expect(history.body).toEqual({ data: { execution: { id: fired.nodes[0].id, application: { id: applicationId, name: null }, workflow: null } } });
  });
});
