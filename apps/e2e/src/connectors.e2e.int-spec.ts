import { generateSecret } from '@fg/hashed-secrets';
import { ConnectorReferenceProjection } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { callGateway, startStack, type Stack } from './stack';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) {
  createConnector(input: $input) { clientMutationId connector { id name ... on GitConnector { URL branch passwordSecretId webhookUrl } } }
}`;
const CREATE_CLOUD_PROVIDER = `mutation($input: CreateCloudProviderInput!) {
  createCloudProvider(input: $input) { cloudProvider { id name type } }
}`;
const CREATE_SOURCE = `mutation($input: CreateArtifactSourceInput!) {
  createArtifactSource(input: $input) { collectionToken artifactSource { id name } }
}`;
const RECORD = `mutation($input: RecordArtifactBuildInput!) { recordArtifactBuild(input: $input) { artifact { id buildNo } } }`;
const ARTIFACTS_OF_SOURCE = `query($id: String!) {
  artifacts(filters: [{ artifactSource: { operator: EQUALS, values: [$id] } }], limit: 10) {
    pageInfo { total } nodes { id buildNo artifactSource { id name } }
  }
}`;
// The seed's examples (only the ids are this run's).
const SEED_ARTIFACT = (id: string) => `{  
  artifacts(filters:[  
    {  
      artifact: {  
        operator: EQUALS,  
        values: ["${id}"]  
      }  
    }  
  ], limit:10, offset:0){  
    nodes {  
      id  
      artifactSource {  
        id  
      }  
      buildNo  
    }  
  }  
}`;
const SEED_SERVICE = (id: string) => `{
  service(serviceId: "${id}") {
    id
    name
    artifactSources {
      id
      name
    }
  }
}`;
const CLOUD_PROVIDER_BY_ID = `query($id: String!) { cloudProvider(cloudProviderId: $id) { id name type } }`;
const CLOUD_PROVIDER_BY_NAME = `query($name: String!) { cloudProviderByName(name: $name) { id name } }`;
const CLOUD_PROVIDERS_BY_TYPE = `{ cloudProviders(filters: [{ cloudProviderType: { operator: EQUALS, values: [GCP] } }], limit: 10) { nodes { id name } } }`;
const CONNECTORS = `{ connectors(limit: 10) { nodes { id name } } }`;
const CONNECTOR = `query($id: String!) { connector(connectorId: $id) { id } }`;
const DELETE_CONNECTOR = `mutation($input: DeleteConnectorInput!) { deleteConnector(input: $input) { clientMutationId } }`;
const UPDATE_GIT_SYNC = `mutation($input: UpdateApplicationGitSyncConfigInput!) { updateApplicationGitSyncConfig(input: $input) { gitSyncConfig { branch } } }`;
const REMOVE_GIT_SYNC = `mutation($input: RemoveApplicationGitSyncConfigInput!) { removeApplicationGitSyncConfig(input: $input) { clientMutationId } }`;

describe('connectors, cloud providers and artifacts end to end (separate processes, real store and Redis)', () => {
  let stack: Stack;
  let otherKey: string;
  let demoAccountId: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}, key = stack.demoApiKey): Promise<Data> => {
    const answer = await callGateway(stack, key, { query, variables });
    if (answer.status !== 200 || answer.body.errors) throw new Error(`unexpected answer ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.data as Data;
  };

  beforeAll(async () => {
    stack = await startStack();
    const identity = await stack.database('identity-users-groups');
    demoAccountId = (await new AccountRepository(identity).demo())!.id;
    const other = await new AccountRepository(identity).create('Other', 'PAID');
    otherKey = generateSecret();
    await new ApiKeyRepository(identity).register(other.id, 'other', otherKey);
  });
  afterAll(() => stack?.stop());

  /** A secret created through the API; the connectors subgraph learns of it from the secrets subgraph's events. */
  async function createSecret(name: string): Promise<string> {
    const created = await ok(`mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }`, {
      input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name, value: `${name}-value` } },
    });
    return created.createSecret.secret.id as string;
  }

  it('secret -> Git connector -> cloud provider -> service with an artifact source -> builds by mutation and by the CI endpoint, newest first', async () => {
    // Events of one stream are applied in order: once the Git connector sees its secret, it has seen the first one too.
    const gcpSecret = await createSecret('gcp-key');
    const gitSecret = await createSecret('git-password');

    // The subgraph learns the secret from the stream on its own schedule: retry until the reference is accepted.
    const gitInput = {
      input: {
        clientMutationId: 'e2e-git',
        connectorType: 'GIT',
        gitConnector: { name: 'e2e-repo', URL: 'https://git.example.com/e2e.git', urlType: 'REPO', branch: 'main', passwordSecretId: gitSecret, generateWebhookUrl: true },
      },
    };
    let created = await callGateway(stack, stack.demoApiKey, { query: CREATE_CONNECTOR, variables: gitInput });
    for (let attempt = 0; created.body.errors && attempt < 100; attempt += 1) {
      expect(created.body.errors?.[0].message).toMatch(/Secret does not exist/);
      await new Promise((resolve) => setTimeout(resolve, 100));
      created = await callGateway(stack, stack.demoApiKey, { query: CREATE_CONNECTOR, variables: { input: { ...gitInput.input, clientMutationId: `e2e-git-${attempt}` } } });
    }
    expect(created.body.errors).toBeUndefined();
    const connector = (created.body.data as Data).createConnector.connector;
    expect(connector).toEqual({
      id: expect.any(String),
      name: 'e2e-repo',
      URL: 'https://git.example.com/e2e.git',
      branch: 'main',
      passwordSecretId: gitSecret,
      webhookUrl: expect.stringMatching(/\/api\/webhooks\/git\/[A-Za-z0-9_-]+$/),
    });

    const provider = (
      await ok(CREATE_CLOUD_PROVIDER, { input: { cloudProviderType: 'GCP', gcpCloudProvider: { name: 'e2e-gcp', serviceAccountKeySecretId: gcpSecret } } })
    ).createCloudProvider.cloudProvider;
    expect(provider).toEqual({ id: expect.any(String), name: 'e2e-gcp', type: 'GCP' });

    // The service lives in apps-services; its artifact sources here.
    const appId = (await ok('mutation { createApplication(input: { name: "e2e-artifacts" }) { application { id } } }')).createApplication.application.id;
    const serviceId = (
      await ok('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: appId, name: 'e2e-service', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    const source = (
      await ok(CREATE_SOURCE, {
        input: { appId, serviceId, name: 'e2e-image', artifactSourceType: 'GCR', gcr: { gcpCloudProviderId: provider.id, registryHostName: 'gcr.io', dockerImageName: 'e2e/app' } },
      })
    ).createArtifactSource;
    const sourceId = source.artifactSource.id as string;
    // The seed: a service with its artifact sources, answered across two subgraphs.
    expect((await ok(SEED_SERVICE(serviceId))).service).toEqual({ id: serviceId, name: 'e2e-service', artifactSources: [{ id: sourceId, name: 'e2e-image' }] });

    const first = (await ok(RECORD, { input: { artifactSourceId: sourceId, buildNo: '1.0.0' } })).recordArtifactBuild.artifact;
    const ci = await fetch(`${stack.gatewayOrigin}/api/artifacts/builds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-collection-token': source.collectionToken },
      body: JSON.stringify({ buildNo: '1.1.0' }),
    });
    expect(ci.status).toBe(201);
    const second = ((await ci.json()) as Data).artifact;
    expect(second).toMatchObject({ buildNo: '1.1.0', artifactSourceId: sourceId });

    const bad = await fetch(`${stack.gatewayOrigin}/api/artifacts/builds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-collection-token': 'not-a-token' },
      body: JSON.stringify({ buildNo: '9' }),
    });
    expect(bad.status).toBe(401);

    const listed = (await ok(ARTIFACTS_OF_SOURCE, { id: sourceId })).artifacts;
    expect(listed).toEqual({
      pageInfo: { total: 2 },
      nodes: [
        { id: second.id, buildNo: '1.1.0', artifactSource: { id: sourceId, name: 'e2e-image' } },
        { id: first.id, buildNo: '1.0.0', artifactSource: { id: sourceId, name: 'e2e-image' } },
      ],
    });

    // The seed: an artifact's source by the artifact's id.
    expect((await ok(SEED_ARTIFACT(first.id))).artifacts.nodes).toEqual([{ id: first.id, artifactSource: { id: sourceId }, buildNo: '1.0.0' }]);
    // The seed: cloud providers by id, by type and by name.
    expect((await ok(CLOUD_PROVIDER_BY_ID, { id: provider.id })).cloudProvider).toEqual(provider);
    expect((await ok(CLOUD_PROVIDERS_BY_TYPE)).cloudProviders.nodes).toEqual([{ id: provider.id, name: 'e2e-gcp' }]);
    expect((await ok(CLOUD_PROVIDER_BY_NAME, { name: 'e2e-gcp' })).cloudProviderByName).toEqual({ id: provider.id, name: 'e2e-gcp' });

    // Another account sees none of it.
    expect((await ok(CONNECTORS, {}, otherKey)).connectors.nodes).toEqual([]);
    expect((await ok(CLOUD_PROVIDERS_BY_TYPE, {}, otherKey)).cloudProviders.nodes).toEqual([]);
    expect((await ok(ARTIFACTS_OF_SOURCE, { id: sourceId }, otherKey)).artifacts).toEqual({ pageInfo: { total: 0 }, nodes: [] });
    expect((await ok(SEED_ARTIFACT(first.id), {}, otherKey)).artifacts.nodes).toEqual([]);
    const connectorOfOther = await callGateway(stack, otherKey, { query: CONNECTOR, variables: { id: connector.id } });
    expect(connectorOfOther.body.errors?.[0]).toMatchObject({ message: 'Connector does not exist', extensions: { code: 'NOT_FOUND' } });
    const providerOfOther = await callGateway(stack, otherKey, { query: CLOUD_PROVIDER_BY_ID, variables: { id: provider.id } });
    expect(providerOfOther.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byNameOfOther = await callGateway(stack, otherKey, { query: CLOUD_PROVIDER_BY_NAME, variables: { name: 'e2e-gcp' } });
    expect(byNameOfOther.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses deleting a Git connector an application syncs with, naming the application, until git sync is removed', async () => {
    const syncSecret = await createSecret('sync-password');
    const gitConnector = { name: 'e2e-synced', URL: 'https://git.example.com/synced.git', urlType: 'REPO', branch: 'main', passwordSecretId: syncSecret };
    // Each subgraph learns the other's facts from the streams on its own schedule: bounded retries until they have.
    const connectorId = (await eventually(CREATE_CONNECTOR, { input: { connectorType: 'GIT', gitConnector } }, /Secret does not exist/)).createConnector
      .connector.id as string;
    const appId = (await ok('mutation { createApplication(input: { name: "e2e-git-synced" }) { application { id } } }')).createApplication.application.id;
    const syncInput = { input: { applicationId: appId, gitConnectorId: connectorId, branch: 'main', syncEnabled: true } };
    await eventually(UPDATE_GIT_SYNC, syncInput, /Git Connector does not exist/);

    // A delete before the reference arrived would pass, so wait for it in the connectors subgraph's projection first.
    const references = new ConnectorReferenceProjection(await stack.database('connectors-cloudproviders-artifacts'));
    for (let attempt = 0; attempt < 100 && (await references.referrers(demoAccountId, connectorId)).length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const refusal = await callGateway(stack, stack.demoApiKey, { query: DELETE_CONNECTOR, variables: { input: { connectorId } } });
    expect(refusal.body.errors?.map((error) => ({ code: error.extensions?.code, message: error.message }))).toEqual([{
      code: 'CONFLICT',
      message: `Connector e2e-synced is used by the git sync config of application e2e-git-synced (${appId}); remove that reference first`,
    }]);
    expect((await ok(CONNECTOR, { id: connectorId })).connector).toEqual({ id: connectorId });

    await ok(REMOVE_GIT_SYNC, { input: { applicationId: appId } });
    const deleted = await eventually(DELETE_CONNECTOR, { input: { clientMutationId: 'e2e-del', connectorId } }, /is used by the git sync config/);
    expect(deleted).toEqual({ deleteConnector: { clientMutationId: 'e2e-del' } });
    const gone = await callGateway(stack, stack.demoApiKey, { query: CONNECTOR, variables: { id: connectorId } });
    expect(gone.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses deleting a Git connector a webhook trigger uses, naming the trigger, and shows its name on the trigger', async () => {
    const secret = await createSecret('hook-password');
    const gitConnector = { name: 'e2e-hooked', URL: 'https://git.example.com/hooked.git', urlType: 'REPO', branch: 'main', passwordSecretId: secret };
    const connectorId = (await eventually(CREATE_CONNECTOR, { input: { connectorType: 'GIT', gitConnector } }, /Secret does not exist/)).createConnector
      .connector.id as string;
    const appId = (await ok('mutation { createApplication(input: { name: "e2e-hooked" }) { application { id } } }')).createApplication.application.id;
    // Workflows have no GraphQL create in the reference: seeded as config-as-code would.
    const workflow = await new WorkflowRepository(await stack.database('pipelines-workflows-executions')).create(demoAccountId, {
      applicationId: appId,
      name: 'deploy-on-push',
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [],
      createdBy: null,
    });
    const triggerInput = {
      name: 'on-hooked-push',
      applicationId: appId,
      condition: { conditionType: 'ON_WEBHOOK', webhookConditionInput: { webhookSourceType: 'GITHUB', githubEvent: { event: 'PUSH' }, gitConnectorId: connectorId } },
      action: { executionType: 'WORKFLOW', entityId: workflow.id },
    };
    const createTrigger = `mutation($input: CreateTriggerInput!) {
      createTrigger(input: $input) { trigger { id condition { ... on OnWebhook { gitConnectorId gitConnectorName } } } }
    }`;
    // pipelines learns the connector from connector.created, on its own schedule.
    const trigger = (await eventually(createTrigger, { input: triggerInput }, /Git connector does not exist/)).createTrigger.trigger;
    expect(trigger.condition).toEqual({ gitConnectorId: connectorId, gitConnectorName: 'e2e-hooked' });

    const references = new ConnectorReferenceProjection(await stack.database('connectors-cloudproviders-artifacts'));
    for (let attempt = 0; attempt < 100 && (await references.referrers(demoAccountId, connectorId)).length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const refusal = await callGateway(stack, stack.demoApiKey, { query: DELETE_CONNECTOR, variables: { input: { connectorId } } });
    expect(refusal.body.errors?.map((error) => ({ code: error.extensions?.code, message: error.message }))).toEqual([
      { code: 'CONFLICT', message: `Connector e2e-hooked is used by trigger on-hooked-push (${trigger.id}); remove that reference first` },
    ]);

    await ok(`mutation($input: DeleteTriggerInput!) { deleteTrigger(input: $input) { clientMutationId } }`, { input: { applicationId: appId, triggerId: trigger.id } });
    const deleted = await eventually(DELETE_CONNECTOR, { input: { clientMutationId: 'e2e-del-hooked', connectorId } }, /is used by trigger/);
    expect(deleted).toEqual({ deleteConnector: { clientMutationId: 'e2e-del-hooked' } });
  });

  /** Retries (at most ~10 s) while the operation fails with the expected message of a fact not yet delivered. */
  async function eventually(query: string, variables: Record<string, unknown>, pending: RegExp): Promise<Data> {
    let answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    for (let attempt = 0; answer.body.errors && attempt < 100; attempt += 1) {
      expect(answer.body.errors?.[0].message).toMatch(pending);
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    }
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data as Data;
  }
});
