import { createDomainEvent } from '@fg/domain-events';
import { alice, bob, PUBLIC_BASE_URL, scopedTo, startKit, type Kit } from '../testing';

const GIT_FIELDS = `id name description createdAt createdBy { id } providerType userName URL urlType branch passwordSecretId sshSettingId
  webhookUrl generateWebhookUrl customCommitDetails { authorName authorEmailId commitMessage }
  usageScope { appEnvScopes { application { filterType appId } environment { filterType envId } } } delegateSelectors disableUserGitConfig`;
const CREATE = `mutation($input: CreateConnectorInput!) {
  createConnector(input: $input) { clientMutationId connector { __typename id name ... on GitConnector { ${GIT_FIELDS} }
    ... on DockerConnector { delegateSelectors } ... on NexusConnector { delegateSelectors } } }
}`;
const UPDATE = `mutation($input: UpdateConnectorInput!) {
  updateConnector(input: $input) { clientMutationId connector { __typename id name ... on GitConnector { ${GIT_FIELDS} } } }
}`;
const DELETE = `mutation($input: DeleteConnectorInput!) { deleteConnector(input: $input) { clientMutationId } }`;
const CONNECTOR = `query($id: String!) { connector(connectorId: $id) { __typename id name } }`;
const LIST = `query($filters: [ConnectorFilter], $limit: Int!, $offset: Int) {
  connectors(filters: $filters, limit: $limit, offset: $offset) { pageInfo { hasMore total } nodes { __typename name } }
}`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on GitConnector { id name URL branch } } }`;

const gitInput = (name: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    clientMutationId: `cm-${name}`,
    connectorType: 'GIT',
    gitConnector: { name, URL: `https://git.example.com/${name}.git`, urlType: 'REPO', branch: 'main', passwordSecretId: 'sec-git', ...overrides },
  },
});

describe('connectors (real store)', () => {
  let kit: Kit;
  let awsId: string;
  let gcpId: string;

  beforeAll(async () => {
    kit = await startKit();
    await kit.knowSecret(alice, 'sec-git');
    await kit.knowSecret(alice, 'sec-ssh', { secretType: 'SSH_CREDENTIAL' });
    await kit.knowSecret(alice, 'sec-app-1', { usageScope: scopedTo('app-1') });
    await kit.knowSecret(alice, 'sec-account', { usageScope: null });
    await kit.knowSecret(alice, 'sec-aws');
    await kit.knowSecret(alice, 'sec-gcp');
    await kit.knowSecret(bob, 'sec-bob');
    const cp = `mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { id } } }`;
    awsId = (
      await kit.ok(alice, cp, {
        input: { cloudProviderType: 'AWS', awsCloudProvider: { name: 'aws', credentialsType: 'EC2_IAM', ec2IamCredentials: { delegateSelector: 'd' } } },
      })
    ).createCloudProvider.cloudProvider.id;
    gcpId = (await kit.ok(alice, cp, { input: { cloudProviderType: 'GCP', gcpCloudProvider: { name: 'gcp', serviceAccountKeySecretId: 'sec-gcp' } } }))
      .createCloudProvider.cloudProvider.id;
  });
  afterAll(() => kit.dispose());

  describe('Git', () => {
    it('creates a Git connector with every field and reads them back, webhook URL included', async () => {
      const input = gitInput('full', {
        userName: 'bot',
        providerType: 'GITHUB',
        generateWebhookUrl: true,
        customCommitDetails: { authorName: 'Bot', authorEmailId: 'bot@example.com', commitMessage: 'sync' },
        usageScope: scopedTo('app-1'),
        delegateSelectors: ['git'],
        disableUserGitConfig: true,
      });
      const { createConnector } = await kit.ok(alice, CREATE, input);
      expect(createConnector).toEqual({
        clientMutationId: 'cm-full',
        connector: {
          __typename: 'GitConnector',
          id: expect.any(String),
          name: 'full',
          description: null,
          createdAt: expect.any(Number),
          createdBy: { id: 'u-alice' },
          providerType: 'GITHUB',
          userName: 'bot',
          URL: 'https://git.example.com/full.git',
          urlType: 'REPO',
          branch: 'main',
          passwordSecretId: 'sec-git',
          sshSettingId: null,
          webhookUrl: expect.stringMatching(new RegExp(`^${PUBLIC_BASE_URL}/api/webhooks/git/[A-Za-z0-9_-]{24}$`)),
          generateWebhookUrl: true,
          customCommitDetails: { authorName: 'Bot', authorEmailId: 'bot@example.com', commitMessage: 'sync' },
          usageScope: scopedTo('app-1'),
          delegateSelectors: ['git'],
          disableUserGitConfig: true,
        },
      });
    });

    it('updates in part, keeps the webhook URL while it stays on, and drops it when turned off', async () => {
      const created = (await kit.ok(alice, CREATE, gitInput('upd', { generateWebhookUrl: true }))).createConnector.connector;
      const renamed = (await kit.ok(alice, UPDATE, { input: { connectorId: created.id, connectorType: 'GIT', gitConnector: { branch: 'develop' } } }))
        .updateConnector.connector;
      expect(renamed).toMatchObject({ name: 'upd', branch: 'develop', URL: created.URL, webhookUrl: created.webhookUrl, passwordSecretId: 'sec-git' });
      const off = (
        await kit.ok(alice, UPDATE, { input: { clientMutationId: 'u', connectorId: created.id, connectorType: 'GIT', gitConnector: { generateWebhookUrl: false } } })
      ).updateConnector;
      expect(off).toMatchObject({ clientMutationId: 'u', connector: { webhookUrl: null, generateWebhookUrl: false } });
    });

    it('has no urlType or providerType on update', async () => {
      const { id } = (await kit.ok(alice, CREATE, gitInput('no-urltype'))).createConnector.connector;
      const { body } = await kit.raw(alice, UPDATE, { input: { connectorId: id, connectorType: 'GIT', gitConnector: { urlType: 'ACCOUNT' } } });
      expect(body.errors?.[0].message).toMatch(/Field "urlType" is not defined by type "UpdateGitConnectorInput"/);
    });

    it('takes an SSH credential as sshSettingId, and only that', async () => {
      expect((await kit.ok(alice, CREATE, gitInput('ssh', { passwordSecretId: null, sshSettingId: 'sec-ssh' }))).createConnector.connector.sshSettingId).toBe(
        'sec-ssh',
      );
      expect(await kit.fails(alice, CREATE, gitInput('ssh-wrong', { passwordSecretId: null, sshSettingId: 'sec-git' }))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Secret sec-git (gitConnector.sshSettingId) is not an SSH credential',
      });
    });

    it('refuses an unknown secret, another account\'s secret, and a secret scoped away from the connector\'s applications', async () => {
      expect(await kit.fails(alice, CREATE, gitInput('unknown', { passwordSecretId: 'nope' }))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Secret does not exist (gitConnector.passwordSecretId: nope)',
      });
      expect((await kit.fails(alice, CREATE, gitInput('foreign', { passwordSecretId: 'sec-bob' }))).message).toBe(
        'Secret does not exist (gitConnector.passwordSecretId: sec-bob)',
      );
      expect(await kit.fails(alice, CREATE, gitInput('scoped', { passwordSecretId: 'sec-app-1', usageScope: scopedTo('app-2') }))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Secret sec-app-1 (gitConnector.passwordSecretId) cannot be used here: its usage scope does not include application app-2',
      });
      expect((await kit.ok(alice, CREATE, gitInput('scoped-ok', { passwordSecretId: 'sec-app-1', usageScope: scopedTo('app-1') }))).createConnector).toBeTruthy();
      expect((await kit.ok(alice, CREATE, gitInput('account-secret', { passwordSecretId: 'sec-account' }))).createConnector).toBeTruthy();
    });

    it('resolves GitConnector entities through _entities, scoped to the caller', async () => {
      const { id } = (await kit.ok(alice, CREATE, gitInput('entity'))).createConnector.connector;
      const docker = (await kit.ok(alice, CREATE, { input: { connectorType: 'DOCKER', dockerConnector: { name: 'not-git', URL: 'https://r' } } })).createConnector
        .connector.id;
      const reps = [
        { __typename: 'GitConnector', id },
        { __typename: 'GitConnector', id: 'missing' },
        { __typename: 'GitConnector', id: docker },
      ];
      expect(await kit.ok(alice, ENTITIES, { reps })).toEqual({
        _entities: [{ id, name: 'entity', URL: 'https://git.example.com/entity.git', branch: 'main' }, null, null],
      });
      expect(await kit.ok(bob, ENTITIES, { reps })).toEqual({ _entities: [null, null, null] });
      const reads = await kit.readsDuring(() => kit.ok(alice, ENTITIES, { reps }));
      expect(reads).toEqual({ connectors: 1 });
    });
  });

  describe('Docker and Nexus', () => {
    it('creates and updates a Docker connector', async () => {
      const created = (
        await kit.ok(alice, CREATE, {
          input: { connectorType: 'DOCKER', dockerConnector: { name: 'hub', URL: 'https://registry.hub.docker.com', userName: 'u', passwordSecretId: 'sec-git', delegateSelectors: ['d'] } },
        })
      ).createConnector.connector;
      expect(created).toMatchObject({ __typename: 'DockerConnector', name: 'hub', delegateSelectors: ['d'] });
      const updated = await kit.ok(alice, UPDATE, {
        input: { connectorId: created.id, connectorType: 'DOCKER', dockerConnector: { name: 'hub2', URL: 'https://mirror.example.com' } },
      });
      expect(updated.updateConnector.connector).toMatchObject({ __typename: 'DockerConnector', name: 'hub2' });
    });

    it('creates a Nexus connector, which needs its version', async () => {
      const input = { connectorType: 'NEXUS', nexusConnector: { name: 'nexus', URL: 'https://nexus', version: 'V3', delegateSelectors: ['n'] } };
      expect((await kit.ok(alice, CREATE, { input })).createConnector.connector).toMatchObject({ __typename: 'NexusConnector', delegateSelectors: ['n'] });
      const { body } = await kit.raw(alice, CREATE, { input: { connectorType: 'NEXUS', nexusConnector: { name: 'n2', URL: 'https://nexus' } } });
      expect(body.errors?.[0].message).toMatch(/version/);
    });

    it('refuses a Docker connector with an unknown password secret', async () => {
      const input = { connectorType: 'DOCKER', dockerConnector: { name: 'bad', URL: 'https://r', passwordSecretId: 'missing' } };
      expect((await kit.fails(alice, CREATE, { input })).message).toBe('Secret does not exist (dockerConnector.passwordSecretId: missing)');
    });
  });

  describe('Helm repositories', () => {
    const helm = (connectorType: string, platform: Record<string, unknown>, name = `helm-${connectorType}`) => ({
      input: { connectorType, helmConnector: { name, ...platform } },
    });

    it('creates one of each platform, reading S3 and GCS through a cloud provider of the right kind', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['HTTP_HELM_REPO', { httpServerPlatformDetails: { URL: 'https://charts', passwordSecretId: 'sec-git' } }, 'HttpHelmRepoConnector'],
        ['OCI_HELM_REPO', { ociPlatformDetails: { URL: 'oci://charts' } }, 'OciHelmRepoConnector'],
        ['AMAZON_S3_HELM_REPO', { amazonS3PlatformDetails: { awsCloudProvider: awsId, bucketName: 'b', region: 'eu-west-1' } }, 'AmazonS3HelmRepoConnector'],
        ['GCS_HELM_REPO', { gcsPlatformDetails: { googleCloudProvider: gcpId, bucketName: 'b' } }, 'GCSHelmRepoConnector'],
      ];
      for (const [type, platform, typename] of cases) {
        expect((await kit.ok(alice, CREATE, helm(type, platform))).createConnector.connector.__typename).toBe(typename);
      }
    });

    it('refuses a missing platform, a second platform, and a cloud provider of another kind or account', async () => {
      expect(await kit.fails(alice, CREATE, helm('HTTP_HELM_REPO', {}))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'helmConnector.httpServerPlatformDetails is required when connectorType is HTTP_HELM_REPO',
      });
      expect(
        (await kit.fails(alice, CREATE, helm('HTTP_HELM_REPO', { httpServerPlatformDetails: { URL: 'https://a' }, ociPlatformDetails: { URL: 'oci://b' } }))).message,
      ).toBe('connectorType HTTP_HELM_REPO takes only helmConnector.httpServerPlatformDetails; remove helmConnector.ociPlatformDetails');
      expect(
        await kit.fails(alice, CREATE, helm('AMAZON_S3_HELM_REPO', { amazonS3PlatformDetails: { awsCloudProvider: gcpId, bucketName: 'b', region: 'r' } })),
      ).toEqual({ code: 'BAD_USER_INPUT', message: 'AWS Cloud provider does not exist' });
      expect(await kit.fails(alice, CREATE, helm('GCS_HELM_REPO', { gcsPlatformDetails: { googleCloudProvider: awsId, bucketName: 'b' } }))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Google Cloud provider does not exist',
      });
      expect((await kit.fails(bob, CREATE, helm('GCS_HELM_REPO', { gcsPlatformDetails: { googleCloudProvider: gcpId, bucketName: 'b' } }))).message).toBe(
        'Google Cloud provider does not exist',
      );
    });

    it('keeps a cloud provider a Helm repository reads through from being deleted', async () => {
      const { id } = (
        await kit.ok(alice, CREATE, helm('GCS_HELM_REPO', { gcsPlatformDetails: { googleCloudProvider: gcpId, bucketName: 'b' } }, 'helm-keeps-gcp'))
      ).createConnector.connector;
      const error = await kit.fails(alice, `mutation($id: String!) { deleteCloudProvider(input: { cloudProviderId: $id }) { clientMutationId } }`, { id: gcpId });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/^Cloud provider gcp is used by Helm connector helm-/);
      expect(id).toBeTruthy();
    });
  });

  it('refuses kinds the API cannot write, a missing sub-input and two sub-inputs', async () => {
    expect(await kit.fails(alice, CREATE, { input: { connectorType: 'JENKINS', gitConnector: { name: 'j', URL: 'u', urlType: 'REPO' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'connectorType JENKINS cannot be created or updated through this API (only GIT, DOCKER, NEXUS and Helm repositories)',
    });
    expect(await kit.fails(alice, CREATE, { input: { connectorType: 'GIT' } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'gitConnector is required when connectorType is GIT',
    });
    const both = { ...gitInput('both').input, dockerConnector: { name: 'd', URL: 'u' } };
    expect(await kit.fails(alice, CREATE, { input: both })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'connectorType GIT takes only gitConnector; remove dockerConnector',
    });
  });

  it('reads connectors of every kind, including those only stored (Jenkins, SMB)', async () => {
    const jenkins = await kit.storeConnector(alice, 'JENKINS', 'stored-jenkins');
    const smb = await kit.storeConnector(alice, 'SMB', 'stored-smb');
    expect((await kit.ok(alice, CONNECTOR, { id: jenkins })).connector).toEqual({ __typename: 'JenkinsConnector', id: jenkins, name: 'stored-jenkins' });
    expect((await kit.ok(alice, CONNECTOR, { id: smb })).connector.__typename).toBe('SMBConnector');
  });

  describe('connectors', () => {
    let listKit: Kit;

    beforeAll(async () => {
      listKit = await startKit();
      await listKit.knowSecret(alice, 'sec-git');
      await listKit.ok(alice, CREATE, gitInput('l-git'));
      await listKit.ok(alice, CREATE, { input: { connectorType: 'DOCKER', dockerConnector: { name: 'l-docker', URL: 'https://r' } } });
      await listKit.storeConnector(alice, 'JENKINS', 'l-jenkins');
      await listKit.storeConnector(bob, 'JENKINS', 'l-bob');
    });
    afterAll(() => listKit.dispose());

    const names = async (filters: unknown[], identity = alice) =>
      ((await listKit.ok(identity, LIST, { filters, limit: 10 })).connectors.nodes as { name: string }[]).map((n) => n.name);

    it('lists newest first with page info, per account', async () => {
      const data = await listKit.ok(alice, LIST, { limit: 1 });
      expect(data.connectors).toEqual({ pageInfo: { hasMore: true, total: 3 }, nodes: [{ __typename: 'JenkinsConnector', name: 'l-jenkins' }] });
      expect(await names([], bob)).toEqual(['l-bob']);
    });

    it('filters by type, id and creation time', async () => {
      expect(await names([{ connectorType: { operator: 'IN', values: ['GIT', 'DOCKER'] } }])).toEqual(['l-docker', 'l-git']);
      expect(await names([{ connectorType: { operator: 'EQUALS', values: ['JENKINS'] } }], bob)).toEqual(['l-bob']);
      // Ids are URL-safe base64: '!' is never part of one.
      expect(await names([{ connector: { operator: 'LIKE', values: ['!'] } }])).toEqual([]);
      const jenkinsId = (await listKit.ok(alice, `{ connectors(filters: [{ connectorType: { values: [JENKINS] } }], limit: 1) { nodes { id } } }`)).connectors
        .nodes[0].id as string;
      expect(await names([{ connector: { operator: 'EQUALS', values: [jenkinsId] } }])).toEqual(['l-jenkins']);
      expect(await names([{ createdAt: { operator: 'AFTER', value: Date.now() + 60_000 } }])).toEqual([]);
      expect(await names([{ createdAt: { operator: 'BEFORE', value: Date.now() + 60_000 } }, { connectorType: { values: ['GIT'] } }])).toEqual(['l-git']);
    });
  });

  it('keeps connectors per account: read, update and delete', async () => {
    const { id } = (await kit.ok(alice, CREATE, gitInput('private'))).createConnector.connector;
    expect(await kit.fails(bob, CONNECTOR, { id })).toEqual({ code: 'NOT_FOUND', message: 'Connector does not exist' });
    expect((await kit.fails(bob, UPDATE, { input: { connectorId: id, connectorType: 'GIT', gitConnector: { branch: 'x' } } })).code).toBe('NOT_FOUND');
    expect((await kit.fails(bob, DELETE, { input: { connectorId: id } })).code).toBe('NOT_FOUND');
    expect((await kit.ok(alice, CONNECTOR, { id })).connector.name).toBe('private');
  });

  it('deletes a connector nothing uses', async () => {
    const { id } = (await kit.ok(alice, CREATE, gitInput('to-delete'))).createConnector.connector;
    expect((await kit.ok(alice, DELETE, { input: { clientMutationId: 'd', connectorId: id } })).deleteConnector).toEqual({ clientMutationId: 'd' });
    expect(await kit.fails(alice, CONNECTOR, { id })).toEqual({ code: 'NOT_FOUND', message: 'Connector does not exist' });
  });

  it('refuses deleting a connector an application\'s git sync config uses, told by apps-services\' events', async () => {
    const { id } = (await kit.ok(alice, CREATE, gitInput('synced'))).createConnector.connector;
    const reference = { accountId: alice.accountId, connectorId: id, referrer: { type: 'GIT_SYNC', id: 'app-sync', name: 'Billing' } };
    await kit.publish(createDomainEvent('connector.referenced', reference));
    // The event arrives through the subscription, asynchronously: a bounded wait for the refusal.
    const refusal = await until(async () => {
      const { body } = await kit.raw(alice, DELETE, { input: { connectorId: id } });
      return body.errors?.length ? { code: body.errors[0].extensions?.code, message: body.errors[0].message } : undefined;
    });
    expect(refusal).toEqual({
      code: 'CONFLICT',
      message: 'Connector synced is used by the git sync config of application Billing (app-sync); remove that reference first',
    });
    expect((await kit.ok(alice, CONNECTOR, { id })).connector.name).toBe('synced');

    await kit.publish(createDomainEvent('connector.unreferenced', reference));
    const deleted = await until(async () => {
      const { body } = await kit.raw(alice, DELETE, { input: { clientMutationId: 'after', connectorId: id } });
      return body.errors ? undefined : body.data;
    });
    expect(deleted).toEqual({ deleteConnector: { clientMutationId: 'after' } });
  });

  it('refuses deleting a connector a webhook trigger uses, naming the trigger', async () => {
    const { id } = (await kit.ok(alice, CREATE, gitInput('hooked'))).createConnector.connector;
    const reference = { accountId: alice.accountId, connectorId: id, referrer: { type: 'TRIGGER', id: 'trg-1', name: 'on-push' } };
    await kit.publish(createDomainEvent('connector.referenced', reference));
    const refusal = await until(async () => {
      const { body } = await kit.raw(alice, DELETE, { input: { connectorId: id } });
      return body.errors?.length ? { code: body.errors[0].extensions?.code, message: body.errors[0].message } : undefined;
    });
    expect(refusal).toEqual({ code: 'CONFLICT', message: 'Connector hooked is used by trigger on-push (trg-1); remove that reference first' });
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(kit.subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-account-id': 'acc-alice', 'x-fg-principal': 'user:x' },
      body: JSON.stringify({ query: '{ connector(connectorId: "x") { id } }' }),
    });
    expect(response.status).toBe(401);
  });
});

/** Retries until the probe answers something (at most ~10 s): events reach the subgraph asynchronously. */
async function until<T>(probe: () => Promise<T | undefined>): Promise<T | undefined> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
