import { KnownConnectorProjection } from '@fg/tenancy';
import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, firstError, fixtures } from '../testing';

const alice = callerIn('acc-app-alice');
const bob = callerIn('acc-app-bob', { kind: 'apiKey', id: 'k-bob' });

let sequence = 0;
const nextPosition = () => eventPosition(`1733052000000-${(sequence += 1)}`);

const FULL_APPLICATION = `id name description createdAt createdBy { id } isManualTriggerAuthorized areWebHookSecretsMandated disableTriggers
  gitSyncConfig { gitConnector { id } branch syncEnabled repositoryName } tags { name value }
  services(limit: 10) { nodes { name } } environments(limit: 10) { nodes { name } }`;
const UPDATE_GIT_SYNC = `mutation($input: UpdateApplicationGitSyncConfigInput!) { updateApplicationGitSyncConfig(input: $input) {
  clientMutationId gitSyncConfig { gitConnector { id } branch syncEnabled repositoryName } } }`;
const GIT_SYNC_STATUS = `mutation($input: UpdateApplicationGitSyncConfigStatusInput!) { updateApplicationGitSyncConfigStatus(input: $input) {
  clientMutationId gitSyncConfig { branch syncEnabled } } }`;
const REMOVE_GIT_SYNC = `mutation($input: RemoveApplicationGitSyncConfigInput!) { removeApplicationGitSyncConfig(input: $input) {
  clientMutationId application { id gitSyncConfig { branch } } } }`;

describe('applications: every field, git sync, and the delete cascade (real store)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;
  let connectors: KnownConnectorProjection;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
    make = fixtures(subgraph);
    connectors = new KnownConnectorProjection(subgraph.connection);
    await connectors.apply(createDomainEvent('connector.created', { accountId: alice.accountId, connectorId: 'git-1', name: 'repo', connectorType: 'GIT' }), nextPosition());
    await connectors.apply(createDomainEvent('connector.created', { accountId: alice.accountId, connectorId: 'docker-1', name: 'hub', connectorType: 'DOCKER' }), nextPosition());
    await connectors.apply(createDomainEvent('connector.created', { accountId: bob.accountId, connectorId: 'git-bob', name: 'bob', connectorType: 'GIT' }), nextPosition());
  });
  afterAll(() => subgraph.dispose());

  it('reads an application by id and by name with every field the Go SDK selects', async () => {
    const id = await make.application(alice, 'full');
    await make.service(alice, id, 'svc');
    await make.environment(alice, id, 'env');
    await make.tag(alice, 'APPLICATION', id, 'team', 'core');
    const expected = {
      id,
      name: 'full',
      description: null,
      createdAt: expect.any(Number),
      createdBy: { id: 'u-acc-app-alice' },
      isManualTriggerAuthorized: false,
      areWebHookSecretsMandated: false,
      disableTriggers: false,
      gitSyncConfig: null,
      tags: [{ name: 'team', value: 'core' }],
      services: { nodes: [{ name: 'svc' }] },
      environments: { nodes: [{ name: 'env' }] },
    };
    const byId = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { ${FULL_APPLICATION} } }`, { id });
    expect(byId.body).toEqual({ data: { application: expected } });
    const byName = await subgraph.query(alice, `{ applicationByName(name: "full") { ${FULL_APPLICATION} } }`);
    expect(byName.body).toEqual({ data: { applicationByName: expected } });
  });

  it('sets git sync (upsert), switches it off and on, and removes it', async () => {
    const id = await make.application(alice, 'synced');
    const first = await subgraph.query(alice, UPDATE_GIT_SYNC, {
      input: { clientMutationId: 'g1', applicationId: id, gitConnectorId: 'git-1', branch: 'main', repositoryName: 'config', syncEnabled: true },
    });
    expect(first.body.data).toEqual({
      updateApplicationGitSyncConfig: {
        clientMutationId: 'g1',
        gitSyncConfig: { gitConnector: { id: 'git-1' }, branch: 'main', syncEnabled: true, repositoryName: 'config' },
      },
    });
    const replaced = await subgraph.query(alice, UPDATE_GIT_SYNC, { input: { applicationId: id, gitConnectorId: 'git-1', branch: 'release', syncEnabled: true } });
    expect(replaced.body.data).toEqual({
      updateApplicationGitSyncConfig: { clientMutationId: null, gitSyncConfig: { gitConnector: { id: 'git-1' }, branch: 'release', syncEnabled: true, repositoryName: null } },
    });

    const off = await subgraph.query(alice, GIT_SYNC_STATUS, { input: { clientMutationId: 's', applicationId: id, syncEnabled: false } });
    expect(off.body.data).toEqual({ updateApplicationGitSyncConfigStatus: { clientMutationId: 's', gitSyncConfig: { branch: 'release', syncEnabled: false } } });
    const read = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { gitSyncConfig { syncEnabled branch } } }`, { id });
    expect(read.body.data).toEqual({ application: { gitSyncConfig: { syncEnabled: false, branch: 'release' } } });

    const removed = await subgraph.query(alice, REMOVE_GIT_SYNC, { input: { clientMutationId: 'r', applicationId: id } });
    expect(removed.body.data).toEqual({ removeApplicationGitSyncConfig: { clientMutationId: 'r', application: { id, gitSyncConfig: null } } });
    const noConfig = await subgraph.query(alice, GIT_SYNC_STATUS, { input: { applicationId: id, syncEnabled: true } });
    expect(firstError(noConfig)).toMatchObject({ message: 'The application has no git sync config', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses git sync with a connector the account does not have, or one that is not a git connector', async () => {
    const id = await make.application(alice, 'sync-refused');
    for (const gitConnectorId of ['missing', 'docker-1', 'git-bob']) {
      const response = await subgraph.query(alice, UPDATE_GIT_SYNC, { input: { applicationId: id, gitConnectorId, branch: 'main', syncEnabled: true } });
      expect(firstError(response)).toMatchObject({ message: 'Git Connector does not exist', extensions: { code: 'NOT_FOUND' } });
    }
    const emptyBranch = await subgraph.query(alice, UPDATE_GIT_SYNC, { input: { applicationId: id, gitConnectorId: 'git-1', branch: ' ', syncEnabled: true } });
    expect(firstError(emptyBranch)).toMatchObject({ message: 'Branch must not be empty', extensions: { code: 'BAD_USER_INPUT' } });

    // A connector deleted since is no longer accepted.
    await connectors.apply(createDomainEvent('connector.created', { accountId: alice.accountId, connectorId: 'git-old', name: 'old', connectorType: 'GIT' }), nextPosition());
    await connectors.apply(createDomainEvent('connector.deleted', { accountId: alice.accountId, connectorId: 'git-old', name: 'old', connectorType: 'GIT' }), nextPosition());
    const deleted = await subgraph.query(alice, UPDATE_GIT_SYNC, { input: { applicationId: id, gitConnectorId: 'git-old', branch: 'main', syncEnabled: true } });
    expect(firstError(deleted)?.message).toBe('Git Connector does not exist');
  });

  it('never lets another account touch an application\'s git sync', async () => {
    const id = await make.application(alice, 'sync-private');
    await make.ok(alice, UPDATE_GIT_SYNC, { input: { applicationId: id, gitConnectorId: 'git-1', branch: 'main', syncEnabled: true } });
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE_GIT_SYNC, { applicationId: id, gitConnectorId: 'git-bob', branch: 'evil', syncEnabled: true }],
      [GIT_SYNC_STATUS, { applicationId: id, syncEnabled: false }],
      [REMOVE_GIT_SYNC, { applicationId: id }],
    ];
    for (const [mutation, input] of attempts) {
      expect(firstError(await subgraph.query(bob, mutation, { input }))).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });
    }
    const read = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { gitSyncConfig { branch syncEnabled } } }`, { id });
    expect(read.body.data).toEqual({ application: { gitSyncConfig: { branch: 'main', syncEnabled: true } } });
  });

  it('deletes an application with its services, environments, infrastructure definitions and tags, and nothing else', async () => {
    const doomed = await make.application(alice, 'doomed');
    const kept = await make.application(alice, 'kept');
    const svc = await make.service(alice, doomed, 'svc');
    const env = await make.environment(alice, doomed, 'env');
    const infra = await make.infrastructure(alice, env, 'infra');
    const keptSvc = await make.service(alice, kept, 'kept-svc');
    await make.tag(alice, 'APPLICATION', doomed, 'cascade', 'yes');
    await make.tag(alice, 'SERVICE', svc, 'cascade', 'yes');
    await make.tag(alice, 'SERVICE', keptSvc, 'cascade', 'no');

    const remove = 'mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }';
    expect(firstError(await subgraph.query(bob, remove, { input: { applicationId: doomed } }))?.message).toBe('Application does not exist');
    expect((await subgraph.query(alice, remove, { input: { applicationId: doomed, clientMutationId: 'x' } })).body.data).toEqual({
      deleteApplication: { clientMutationId: 'x' },
    });

    const gone = await subgraph.query(alice, `query($s: String!, $e: String!, $i: String!) {
      service(serviceId: $s) { id } environment(environmentId: $e) { id } infrastructureDefinition(infrastructureId: $i) { id } }`, { s: svc, e: env, i: infra });
    expect(gone.body.data).toEqual({ service: null, environment: null, infrastructureDefinition: null });
    expect(gone.body.errors?.map((error) => error.message).sort()).toEqual(['Environment does not exist', 'Infrastructure does not exist', 'Service does not exist']);

    const usages = await subgraph.query(alice, '{ tagByName(name: "cascade") { usages(limit: 10) { nodes { entityId value } } } }');
    expect(usages.body.data).toEqual({ tagByName: { usages: { nodes: [{ entityId: keptSvc, value: 'no' }] } } });
    const stored = subgraph.connection.db!;
    expect(await stored.collection('services').countDocuments({ appId: doomed })).toBe(0);
    expect(await stored.collection('environments').countDocuments({ appId: doomed })).toBe(0);
    expect(await stored.collection('infrastructure_definitions').countDocuments({ appId: doomed })).toBe(0);
    expect(await stored.collection('tag_links').countDocuments({ appId: doomed })).toBe(0);
    expect(await stored.collection('services').countDocuments({ appId: kept })).toBe(1);
  });
});
