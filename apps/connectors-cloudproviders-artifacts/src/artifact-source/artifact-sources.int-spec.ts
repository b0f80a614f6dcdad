import { alice, bob, startKit, type Kit } from '../testing';

const CREATE = `mutation($input: CreateArtifactSourceInput!) {
  createArtifactSource(input: $input) { clientMutationId collectionToken artifactSource { __typename id name collectionEnabled createdAt } }
}`;
const UPDATE = `mutation($input: UpdateArtifactSourceInput!) { updateArtifactSource(input: $input) { clientMutationId artifactSource { id name } } }`;
const DELETE = `mutation($input: DeleteArtifactSourceInput!) { deleteArtifactSource(input: $input) { clientMutationId } }`;
const SOURCES = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Service { id artifactSources {
    __typename id name collectionEnabled
    ... on JenkinsArtifactSource { jobName artifactPaths jenkinsConnectorId }
    ... on BambooArtifactSource { bambooConnectorId planKey artifactPaths }
    ... on DockerArtifactSource { imageName dockerConnectorId }
    ... on ECRArtifactSource { region imageName awsCloudProviderId }
    ... on GCRArtifactSource { gcpCloudProviderId registryHostName dockerImageName }
    ... on ACRArtifactSource { subscriptionId registryName repositoryName azureCloudProviderId }
    ... on NexusArtifactSource { parameters properties { __typename nexusConnectorId repository repositoryFormat
      ... on NexusMavenProps { groupId artifactId extension classifier } ... on NexusDockerProps { dockerImageName dockerRegistryUrl } } }
    ... on ArtifactoryArtifactSource { properties { __typename artifactoryConnectorId repository
      ... on ArtifactoryDockerProps { dockerImageName dockerRepositoryServer } ... on ArtifactoryFileProps { artifactPath } } }
    ... on AmazonS3ArtifactSource { awsCloudProviderId bucket artifactPaths }
    ... on AMIArtifactSource { awsCloudProviderId region awsTags { key value } amiResourceFilters { key value } }
    ... on GCSArtifactSource { gcpCloudProviderId projectId bucket artifactPaths }
    ... on SMBArtifactSource { artifactPaths smbConnectorId }
    ... on SFTPArtifactSource { artifactPaths sftpConnectorId }
    ... on AzureArtifactsArtifactSource { packageType scope project feedName packageName azureConnectorId }
    ... on AzureMachineImageArtifactSource { azureCloudProviderId imageType subscriptionId imageDefinition { resourceGroup imageGalleryName imageDefinitionName } }
  } } }
}`;

describe('artifact sources (real store)', () => {
  let kit: Kit;
  const ids: Record<string, string> = {};

  // Each call its own clientMutationId: a repeated one would be answered from the first call (idempotent mutations).
  let calls = 0;
  const createSource = (identity: typeof alice, serviceId: string, type: string, slot: string, settings: unknown, name = `${type}-source`) =>
    kit.raw(identity, CREATE, { input: { clientMutationId: `cm-${name}-${(calls += 1)}`, appId: 'app-1', serviceId, name, artifactSourceType: type, [slot]: settings } });

  const sourcesOf = async (identity: typeof alice, ...serviceIds: string[]) =>
    (await kit.ok(identity, SOURCES, { reps: serviceIds.map((id) => ({ __typename: 'Service', id })) }))._entities;

  beforeAll(async () => {
    kit = await startKit();
    await kit.knowSecret(alice, 'sec');
    for (const type of ['JENKINS', 'BAMBOO', 'NEXUS', 'ARTIFACTORY', 'SMB', 'SFTP'] as const) ids[type] = await kit.storeConnector(alice, type, `c-${type}`);
    ids.DOCKER = (await kit.ok(alice, `mutation { createConnector(input: { connectorType: DOCKER, dockerConnector: { name: "hub", URL: "https://r" } }) { connector { id } } }`))
      .createConnector.connector.id;
    const cp = `mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { id } } }`;
    ids.AWS = (await kit.ok(alice, cp, { input: { cloudProviderType: 'AWS', awsCloudProvider: { name: 'aws', ec2IamCredentials: { delegateSelector: 'd' } } } }))
      .createCloudProvider.cloudProvider.id;
    ids.GCP = (await kit.ok(alice, cp, { input: { cloudProviderType: 'GCP', gcpCloudProvider: { name: 'gcp' } } })).createCloudProvider.cloudProvider.id;
    ids.AZURE = (await kit.ok(alice, cp, { input: { cloudProviderType: 'AZURE', azureCloudProvider: { name: 'az', clientId: 'c', tenantId: 't', keySecretId: 'sec' } } }))
      .createCloudProvider.cloudProvider.id;
  });
  afterAll(() => kit.dispose());

  const kinds = () => [
    { type: 'JENKINS', slot: 'jenkins', settings: { jenkinsConnectorId: ids.JENKINS, jobName: 'build', artifactPaths: ['target/*.jar'] }, typename: 'JenkinsArtifactSource' },
    { type: 'BAMBOO', slot: 'bamboo', settings: { bambooConnectorId: ids.BAMBOO, planKey: 'PLAN', artifactPaths: ['out'] }, typename: 'BambooArtifactSource' },
    { type: 'DOCKER', slot: 'docker', settings: { dockerConnectorId: ids.DOCKER, imageName: 'library/nginx' }, typename: 'DockerArtifactSource' },
    { type: 'ECR', slot: 'ecr', settings: { awsCloudProviderId: ids.AWS, region: 'eu-west-1', imageName: 'app' }, typename: 'ECRArtifactSource' },
    { type: 'GCR', slot: 'gcr', settings: { gcpCloudProviderId: ids.GCP, registryHostName: 'gcr.io', dockerImageName: 'p/app' }, typename: 'GCRArtifactSource' },
    {
      type: 'ACR',
      slot: 'acr',
      settings: { azureCloudProviderId: ids.AZURE, subscriptionId: 'sub', registryName: 'reg', repositoryName: 'repo' },
      typename: 'ACRArtifactSource',
    },
    {
      type: 'NEXUS',
      slot: 'nexus',
      settings: { nexusConnectorId: ids.NEXUS, repository: 'releases', repositoryFormat: 'MAVEN', groupId: 'io.x', artifactId: ['app'], extension: 'jar', parameters: ['p'] },
      typename: 'NexusArtifactSource',
    },
    {
      type: 'ARTIFACTORY',
      slot: 'artifactory',
      settings: { artifactoryConnectorId: ids.ARTIFACTORY, repository: 'docker-local', dockerImageName: 'app', dockerRepositoryServer: 'art.example.com' },
      typename: 'ArtifactoryArtifactSource',
    },
    { type: 'AMAZON_S3', slot: 'amazonS3', settings: { awsCloudProviderId: ids.AWS, bucket: 'b', artifactPaths: ['a.zip'] }, typename: 'AmazonS3ArtifactSource' },
    {
      type: 'AMI',
      slot: 'ami',
      settings: { awsCloudProviderId: ids.AWS, region: 'us-east-1', awsTags: [{ key: 'team', value: 'core' }], amiResourceFilters: [{ key: 'owner', value: 'self' }] },
      typename: 'AMIArtifactSource',
    },
    { type: 'GCS', slot: 'gcs', settings: { gcpCloudProviderId: ids.GCP, projectId: 'p', bucket: 'b', artifactPaths: ['x'] }, typename: 'GCSArtifactSource' },
    { type: 'SMB', slot: 'smb', settings: { smbConnectorId: ids.SMB, artifactPaths: ['\\\\share\\a'] }, typename: 'SMBArtifactSource' },
    { type: 'SFTP', slot: 'sftp', settings: { sftpConnectorId: ids.SFTP, artifactPaths: ['/a'] }, typename: 'SFTPArtifactSource' },
    {
      type: 'AZURE_ARTIFACTS',
      slot: 'azureArtifacts',
      settings: { azureConnectorId: 'az-conn', packageType: 'MAVEN', scope: 'PROJECT', project: 'p', feedName: 'f', packageName: 'pkg' },
      typename: 'AzureArtifactsArtifactSource',
    },
    {
      type: 'AZURE_MACHINE_IMAGE',
      slot: 'azureMachineImage',
      settings: {
        azureCloudProviderId: ids.AZURE,
        imageType: 'IMAGE_GALLERY',
        subscriptionId: 'sub',
        imageDefinition: { resourceGroup: 'rg', imageGalleryName: 'g', imageDefinitionName: 'd' },
      },
      typename: 'AzureMachineImageArtifactSource',
    },
    { type: 'CUSTOM', slot: 'custom', settings: {}, typename: 'CustomArtifactSource' },
  ];

  it('creates all 16 kinds on a service and reads them through Service.artifactSources with their settings', async () => {
    for (const kind of kinds()) {
      const { body } = await createSource(alice, 'svc-all', kind.type, kind.slot, kind.settings);
      expect(body.errors).toBeUndefined();
      expect(body.data?.createArtifactSource).toEqual({
        clientMutationId: expect.stringMatching(new RegExp(`^cm-${kind.type}-source-\\d+$`)),
        collectionToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        artifactSource: { __typename: kind.typename, id: expect.any(String), name: `${kind.type}-source`, collectionEnabled: true, createdAt: expect.any(Number) },
      });
    }
    const [service] = await sourcesOf(alice, 'svc-all');
    expect(service.artifactSources).toHaveLength(16);
    const byType = Object.fromEntries(service.artifactSources.map((source: { __typename: string }) => [source.__typename, source]));
    expect(byType.JenkinsArtifactSource).toMatchObject({ jobName: 'build', artifactPaths: ['target/*.jar'], jenkinsConnectorId: ids.JENKINS });
    expect(byType.ECRArtifactSource).toMatchObject({ region: 'eu-west-1', imageName: 'app', awsCloudProviderId: ids.AWS });
    expect(byType.NexusArtifactSource).toMatchObject({
      parameters: ['p'],
      properties: { __typename: 'NexusMavenProps', nexusConnectorId: ids.NEXUS, repository: 'releases', repositoryFormat: 'MAVEN', groupId: 'io.x', artifactId: ['app'], extension: 'jar', classifier: null },
    });
    expect(byType.ArtifactoryArtifactSource.properties).toEqual({
      __typename: 'ArtifactoryDockerProps',
      artifactoryConnectorId: ids.ARTIFACTORY,
      repository: 'docker-local',
      dockerImageName: 'app',
      dockerRepositoryServer: 'art.example.com',
    });
    expect(byType.AMIArtifactSource).toMatchObject({ awsTags: [{ key: 'team', value: 'core' }], amiResourceFilters: [{ key: 'owner', value: 'self' }] });
    expect(byType.AzureMachineImageArtifactSource.imageDefinition).toEqual({ resourceGroup: 'rg', imageGalleryName: 'g', imageDefinitionName: 'd' });
    expect(byType.AzureArtifactsArtifactSource).toMatchObject({ feedName: 'f', packageName: 'pkg', azureConnectorId: 'az-conn' });
  });

  it('answers several services in one response, each with its own sources, and none for another account', async () => {
    await createSource(alice, 'svc-a', 'DOCKER', 'docker', { dockerConnectorId: ids.DOCKER, imageName: 'a' }, 'a');
    await createSource(alice, 'svc-b', 'DOCKER', 'docker', { dockerConnectorId: ids.DOCKER, imageName: 'b' }, 'b');
    const services = await sourcesOf(alice, 'svc-a', 'svc-b', 'svc-none');
    expect(services.map((s: { id: string; artifactSources: { name: string }[] }) => [s.id, s.artifactSources.map((a) => a.name)])).toEqual([
      ['svc-a', ['a']],
      ['svc-b', ['b']],
      ['svc-none', []],
    ]);
    expect((await sourcesOf(bob, 'svc-a'))[0].artifactSources).toEqual([]);
  });

  it('refuses a connector or cloud provider of another kind, a missing one, and another account\'s', async () => {
    const refusal = async (identity: typeof alice, type: string, slot: string, settings: unknown) => {
      const { body } = await createSource(identity, 'svc-bad', type, slot, settings);
      return { code: body.errors?.[0].extensions?.code, message: body.errors?.[0].message };
    };
    expect(await refusal(alice, 'JENKINS', 'jenkins', { jenkinsConnectorId: ids.BAMBOO, jobName: 'j' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Jenkins connector does not exist',
    });
    expect(await refusal(alice, 'ECR', 'ecr', { awsCloudProviderId: ids.GCP, region: 'r', imageName: 'i' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'AWS Cloud provider does not exist',
    });
    expect((await refusal(alice, 'GCS', 'gcs', { gcpCloudProviderId: 'nope', projectId: 'p', bucket: 'b' })).message).toBe('Google Cloud provider does not exist');
    expect((await refusal(bob, 'DOCKER', 'docker', { dockerConnectorId: ids.DOCKER, imageName: 'i' })).message).toBe('Docker connector does not exist');
  });

  it('refuses a missing sub-input, two sub-inputs, and settings incomplete for the format', async () => {
    const { body: missing } = await kit.raw(alice, CREATE, { input: { appId: 'a', serviceId: 's', name: 'n', artifactSourceType: 'DOCKER' } });
    expect(missing.errors?.[0]).toMatchObject({ message: 'docker is required when artifactSourceType is DOCKER', extensions: { code: 'BAD_USER_INPUT' } });
    const { body: two } = await kit.raw(alice, CREATE, {
      input: { appId: 'a', serviceId: 's', name: 'n', artifactSourceType: 'DOCKER', docker: { dockerConnectorId: ids.DOCKER, imageName: 'i' }, custom: {} },
    });
    expect(two.errors?.[0].message).toBe('artifactSourceType DOCKER takes only docker; remove custom');
    const { body: nexus } = await createSource(alice, 's', 'NEXUS', 'nexus', { nexusConnectorId: ids.NEXUS, repository: 'r', repositoryFormat: 'NPM' });
    expect(nexus.errors?.[0].message).toBe('nexus.packageName is required for repositoryFormat NPM');
    const { body: artifactory } = await createSource(alice, 's', 'ARTIFACTORY', 'artifactory', { artifactoryConnectorId: ids.ARTIFACTORY, repository: 'r' });
    expect(artifactory.errors?.[0].message).toMatch(/either dockerImageName .* or artifactPath/);
  });

  it('updates name and settings, keeping the kind; refuses another kind\'s sub-input', async () => {
    const { body } = await createSource(alice, 'svc-upd', 'DOCKER', 'docker', { dockerConnectorId: ids.DOCKER, imageName: 'old' }, 'upd');
    const id = body.data?.createArtifactSource.artifactSource.id;
    expect((await kit.ok(alice, UPDATE, { input: { clientMutationId: 'u', artifactSourceId: id, name: 'renamed' } })).updateArtifactSource).toEqual({
      clientMutationId: 'u',
      artifactSource: { id, name: 'renamed' },
    });
    await kit.ok(alice, UPDATE, { input: { artifactSourceId: id, docker: { dockerConnectorId: ids.DOCKER, imageName: 'new' } } });
    const [service] = await sourcesOf(alice, 'svc-upd');
    expect(service.artifactSources[0]).toMatchObject({ name: 'renamed', imageName: 'new' });
    expect(await kit.fails(alice, UPDATE, { input: { artifactSourceId: id, ecr: { awsCloudProviderId: ids.AWS, region: 'r', imageName: 'i' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'artifactSourceType DOCKER takes only docker; remove ecr',
    });
    expect((await kit.fails(bob, UPDATE, { input: { artifactSourceId: id, name: 'x' } })).code).toBe('NOT_FOUND');
  });

  it('keeps the connector and cloud provider a source reads through from being deleted', async () => {
    const smb = await kit.storeConnector(alice, 'SMB', 'smb-in-use');
    await createSource(alice, 'svc-uses', 'SMB', 'smb', { smbConnectorId: smb }, 'uses-smb');
    const connectorError = await kit.fails(alice, `mutation($id: String!) { deleteConnector(input: { connectorId: $id }) { clientMutationId } }`, { id: smb });
    expect(connectorError.code).toBe('CONFLICT');
    expect(connectorError.message).toMatch(/^Connector smb-in-use is used by artifact source uses-smb \(.+\) of service svc-uses; delete that first$/);
    const cpError = await kit.fails(alice, `mutation($id: String!) { deleteCloudProvider(input: { cloudProviderId: $id }) { clientMutationId } }`, { id: ids.AZURE });
    expect(cpError).toMatchObject({ code: 'CONFLICT' });
    expect(cpError.message).toMatch(/^Cloud provider az is used by artifact source /);
  });

  it('deletes a source, then its connector can go', async () => {
    const sftp = await kit.storeConnector(alice, 'SFTP', 'sftp-freed');
    const { body } = await createSource(alice, 'svc-del', 'SFTP', 'sftp', { sftpConnectorId: sftp }, 'del');
    const id = body.data?.createArtifactSource.artifactSource.id;
    expect((await kit.fails(bob, DELETE, { input: { artifactSourceId: id } })).code).toBe('NOT_FOUND');
    expect((await kit.ok(alice, DELETE, { input: { clientMutationId: 'd', artifactSourceId: id } })).deleteArtifactSource).toEqual({ clientMutationId: 'd' });
    expect((await sourcesOf(alice, 'svc-del'))[0].artifactSources).toEqual([]);
    await kit.ok(alice, `mutation($id: String!) { deleteConnector(input: { connectorId: $id }) { clientMutationId } }`, { id: sftp });
  });

  it('refuses a second source of the same name on a service', async () => {
    await createSource(alice, 'svc-dup', 'CUSTOM', 'custom', {}, 'dup');
    const { body } = await createSource(alice, 'svc-dup', 'CUSTOM', 'custom', {}, 'dup');
    expect(body.errors?.[0]).toMatchObject({ message: 'The service already has an artifact source named dup', extensions: { code: 'CONFLICT' } });
  });

  it('tells other subgraphs of a source created, renamed and deleted (artifactSource events)', async () => {
    const { body } = await createSource(alice, 'svc-events', 'CUSTOM', 'custom', {}, 'told');
    const id = body.data?.createArtifactSource.artifactSource.id;
    await kit.ok(alice, UPDATE, { input: { clientMutationId: 'rename-told', artifactSourceId: id, name: 'retold' } });
    await kit.ok(alice, DELETE, { input: { clientMutationId: 'delete-told', artifactSourceId: id } });
    const told = (type: 'artifactSource.created' | 'artifactSource.deleted') =>
      kit.published(type).then((events) => events.map((event) => event.payload).filter((payload) => payload.artifactSourceId === id));
    const facts = { accountId: alice.accountId, artifactSourceId: id, serviceId: 'svc-events', appId: 'app-1' };
    expect(await told('artifactSource.created')).toEqual([{ ...facts, name: 'told' }, { ...facts, name: 'retold' }]);
    expect(await told('artifactSource.deleted')).toEqual([{ ...facts, name: 'retold' }]);
  });
});
