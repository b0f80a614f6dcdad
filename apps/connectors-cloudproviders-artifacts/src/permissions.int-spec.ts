import { NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import { alice, aliceWith, startKit, type Kit } from './testing';

const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { id } } }`;
const DELETE_CONNECTOR = `mutation($id: String!) { deleteConnector(input: { connectorId: $id }) { clientMutationId } }`;
const CONNECTORS = `{ connectors(limit: 10) { nodes { name } } }`;
const CREATE_CLOUD_PROVIDER = `mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { id } } }`;
const CLOUD_PROVIDER = `query($id: String!) { cloudProvider(cloudProviderId: $id) { id name } }`;
const CREATE_SOURCE = `mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { artifactSource { id } } }`;
const RECORD = `mutation($input: RecordArtifactBuildInput!) { recordArtifactBuild(input: $input) { artifact { id } } }`;
const ARTIFACTS = `{ artifacts(limit: 20) { pageInfo { total } nodes { buildNo } } }`;
const ARTIFACT_SOURCE_OF = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { artifactSources { name } } } }`;
const ARTIFACT = `query($id: String!) { artifact(artifactId: $id) { buildNo } }`;

const account = (...permissions: PermissionSet['accountPermissions']): PermissionSet => ({ accountPermissions: permissions, appPermissions: [] });
/** SERVICE permissions with the given actions on the listed applications. */
const services = (actions: PermissionSet['appPermissions'][number]['actions'], ...appIds: string[]): PermissionSet => ({
  accountPermissions: [],
  appPermissions: [{ permissionType: 'SERVICE', applications: { filterType: 'SELECTED', appIds }, actions }],
});

describe('permissions (real store)', () => {
  let kit: Kit;

  beforeAll(async () => {
    kit = await startKit();
    await kit.knowSecret(alice, 'sec-perm');
  });
  afterAll(() => kit.dispose());

  const git = (name: string) => ({ input: { connectorType: 'GIT', gitConnector: { name, URL: `https://git.example.com/${name}`, urlType: 'REPO', passwordSecretId: 'sec-perm' } } });

  it('needs MANAGE_CONNECTORS to create or delete a connector; any principal of the account reads them', async () => {
    const denied = await kit.fails(aliceWith(account('MANAGE_CLOUD_PROVIDERS')), CREATE_CONNECTOR, git('denied'));
    expect(denied).toEqual({ code: 'FORBIDDEN', message: 'User not authorized' });
    const id = (await kit.ok(aliceWith(account('MANAGE_CONNECTORS')), CREATE_CONNECTOR, git('allowed'))).createConnector.connector.id;
    const names = (await kit.ok(aliceWith(NO_PERMISSIONS), CONNECTORS)).connectors.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual(['allowed']);
    expect(await kit.fails(aliceWith(NO_PERMISSIONS), DELETE_CONNECTOR, { id })).toEqual({ code: 'FORBIDDEN', message: 'User not authorized' });
    expect((await kit.ok(alice, CONNECTORS)).connectors.nodes).toEqual([{ name: 'allowed' }]);
    expect((await kit.published('connector.created')).map((e) => e.payload.name)).toEqual(['allowed']);
  });

  it('needs MANAGE_CLOUD_PROVIDERS to create a cloud provider; reading one needs no permission', async () => {
    const input = { input: { cloudProviderType: 'PHYSICAL_DATA_CENTER', physicalDataCenterCloudProvider: { name: 'dc' } } };
    expect(await kit.fails(aliceWith(account('MANAGE_CONNECTORS')), CREATE_CLOUD_PROVIDER, input)).toEqual({ code: 'FORBIDDEN', message: 'User not authorized' });
    expect(await kit.published('cloudProvider.created')).toEqual([]);
    const id = (await kit.ok(aliceWith(account('MANAGE_CLOUD_PROVIDERS')), CREATE_CLOUD_PROVIDER, input)).createCloudProvider.cloudProvider.id;
    expect((await kit.ok(aliceWith(NO_PERMISSIONS), CLOUD_PROVIDER, { id })).cloudProvider).toEqual({ id, name: 'dc' });
  });

  it('guards artifact sources and artifacts by the SERVICE permission of their application', async () => {
    const source = (appId: string, serviceId: string, name: string) => ({
      input: { appId, serviceId, name, artifactSourceType: 'CUSTOM', custom: {} },
    });
    expect(await kit.fails(aliceWith(services(['READ'], 'app-a')), CREATE_SOURCE, source('app-a', 'svc-a', 'a'))).toEqual({
      code: 'FORBIDDEN',
      message: 'User not authorized',
    });
    const writerA = aliceWith(services(['READ', 'UPDATE'], 'app-a'));
    const sourceA = (await kit.ok(writerA, CREATE_SOURCE, source('app-a', 'svc-a', 'a'))).createArtifactSource.artifactSource.id;
    expect(await kit.fails(writerA, CREATE_SOURCE, source('app-b', 'svc-b', 'b'))).toEqual({ code: 'FORBIDDEN', message: 'User not authorized' });
    const sourceB = (await kit.ok(alice, CREATE_SOURCE, source('app-b', 'svc-b', 'b'))).createArtifactSource.artifactSource.id;

    const readerA = aliceWith(services(['READ'], 'app-a'));
    expect(await kit.fails(readerA, RECORD, { input: { artifactSourceId: sourceA, buildNo: 'r1' } })).toEqual({
      code: 'FORBIDDEN',
      message: 'User not authorized',
    });
    const a1 = (await kit.ok(writerA, RECORD, { input: { artifactSourceId: sourceA, buildNo: 'a1' } })).recordArtifactBuild.artifact.id;
    const b1 = (await kit.ok(alice, RECORD, { input: { artifactSourceId: sourceB, buildNo: 'b1' } })).recordArtifactBuild.artifact.id;

    // Lists hold only what the caller may read; a single read of another application's artifact is refused.
    expect((await kit.ok(readerA, ARTIFACTS)).artifacts).toEqual({ pageInfo: { total: 1 }, nodes: [{ buildNo: 'a1' }] });
    expect((await kit.ok(aliceWith(NO_PERMISSIONS), ARTIFACTS)).artifacts).toEqual({ pageInfo: { total: 0 }, nodes: [] });
    expect((await kit.ok(alice, ARTIFACTS)).artifacts.pageInfo.total).toBe(2);
    expect((await kit.ok(readerA, ARTIFACT, { id: a1 })).artifact).toEqual({ buildNo: 'a1' });
    expect(await kit.fails(readerA, ARTIFACT, { id: b1 })).toEqual({ code: 'FORBIDDEN', message: 'User not authorized' });
    const reps = [{ __typename: 'Service', id: 'svc-a' }, { __typename: 'Service', id: 'svc-b' }];
    expect((await kit.ok(readerA, ARTIFACT_SOURCE_OF, { reps }))._entities).toEqual([{ artifactSources: [{ name: 'a' }] }, { artifactSources: [] }]);
  });
});
