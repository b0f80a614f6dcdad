import { alice, bob, startKit, type Kit } from '../testing';
import { ARTIFACT_BUILD_ROUTE } from './artifact-build.route';

const CREATE_SOURCE = `mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { collectionToken artifactSource { id } } }`;
const RECORD = `mutation($input: RecordArtifactBuildInput!) {
  recordArtifactBuild(input: $input) { clientMutationId artifact { id buildNo collectedAt artifactSource { __typename id ... on DockerArtifactSource { imageName } } } }
}`;
const ARTIFACTS = `query($filters: [ArtifactFilter], $limit: Int!, $offset: Int) {
  artifacts(filters: $filters, limit: $limit, offset: $offset) { pageInfo { hasMore total limit offset } nodes { id buildNo } }
}`;
const ARTIFACT = `query($id: String!) { artifact(artifactId: $id) { id buildNo artifactSource { id } } }`;
const SOURCE_ARTIFACTS = `query($reps: [_Any!]!, $limit: Int!, $offset: Int) {
  _entities(representations: $reps) { ... on Service { artifactSources { name artifacts(limit: $limit, offset: $offset) { pageInfo { hasMore total } nodes { buildNo } } } } }
}`;
const CLEANUP = `mutation($id: String!) { artifactCleanup(input: { artifactStreamId: $id }) { message } }`;
const SET_COLLECTION = `mutation($input: SetArtifactCollectionEnabledInput!) { setArtifactCollectionEnabled(input: $input) { clientMutationId message } }`;

describe('artifacts (real store)', () => {
  let kit: Kit;
  let dockerConnectorId: string;

  const newSource = async (identity: typeof alice, serviceId: string, name: string, type = 'DOCKER') => {
    const settings = type === 'DOCKER' ? { docker: { dockerConnectorId, imageName: name } } : { custom: {} };
    const data = await kit.ok(identity, CREATE_SOURCE, { input: { appId: 'app-1', serviceId, name, artifactSourceType: type, ...settings } });
    return { id: data.createArtifactSource.artifactSource.id as string, token: data.createArtifactSource.collectionToken as string };
  };
  const record = (identity: typeof alice, artifactSourceId: string, buildNo: string) =>
    kit.ok(identity, RECORD, { input: { clientMutationId: `r-${buildNo}`, artifactSourceId, buildNo } });
  const buildNos = async (filters: unknown[], identity = alice) =>
    ((await kit.ok(identity, ARTIFACTS, { filters, limit: 20 })).artifacts.nodes as { buildNo: string }[]).map((n) => n.buildNo);

  beforeAll(async () => {
    kit = await startKit();
    dockerConnectorId = await kit.storeConnector(alice, 'DOCKER', 'hub');
  });
  afterAll(() => kit.dispose());

  it('records a build, returns it with its source, and announces it once', async () => {
    const source = await newSource(alice, 'svc-rec', 'nginx');
    const data = await record(alice, source.id, '1.0.0');
    expect(data.recordArtifactBuild).toEqual({
      clientMutationId: 'r-1.0.0',
      artifact: {
        id: expect.any(String),
        buildNo: '1.0.0',
        collectedAt: expect.any(Number),
        artifactSource: { __typename: 'DockerArtifactSource', id: source.id, imageName: 'nginx' },
      },
    });
    const again = await record(alice, source.id, '1.0.0');
    expect(again.recordArtifactBuild.artifact.id).toBe(data.recordArtifactBuild.artifact.id);
    expect((await kit.collected()).filter((a) => a.artifactSourceId === source.id).map((a) => a.buildNo)).toEqual(['1.0.0']);
    expect((await kit.ok(alice, ARTIFACT, { id: data.recordArtifactBuild.artifact.id })).artifact).toEqual({
      id: data.recordArtifactBuild.artifact.id,
      buildNo: '1.0.0',
      artifactSource: { id: source.id },
    });
  });

  it('lists a source\'s builds newest first, through artifacts(filters) and ArtifactSource.artifacts', async () => {
    const source = await newSource(alice, 'svc-order', 'order');
    for (const build of ['1', '2', '3']) await record(alice, source.id, build);
    expect(await buildNos([{ artifactSource: { operator: 'EQUALS', values: [source.id] } }])).toEqual(['3', '2', '1']);
    const page = await kit.ok(alice, ARTIFACTS, { filters: [{ artifactSource: { operator: 'IN', values: [source.id] } }], limit: 2, offset: 1 });
    expect(page.artifacts).toEqual({ pageInfo: { hasMore: false, total: 3, limit: 2, offset: 1 }, nodes: [expect.objectContaining({ buildNo: '2' }), expect.objectContaining({ buildNo: '1' })] });
    const nested = await kit.ok(alice, SOURCE_ARTIFACTS, { reps: [{ __typename: 'Service', id: 'svc-order' }], limit: 2 });
    expect(nested._entities[0].artifactSources[0].artifacts).toEqual({ pageInfo: { hasMore: true, total: 3 }, nodes: [{ buildNo: '3' }, { buildNo: '2' }] });
  });

  it('gives each source of a response its own newest builds', async () => {
    const a = await newSource(alice, 'svc-two', 'a-src');
    const b = await newSource(alice, 'svc-two', 'b-src');
    for (const build of ['a1', 'a2', 'a3']) await record(alice, a.id, build);
    await record(alice, b.id, 'b1');
    const nested = await kit.ok(alice, SOURCE_ARTIFACTS, { reps: [{ __typename: 'Service', id: 'svc-two' }], limit: 2, offset: 0 });
    expect(nested._entities[0].artifactSources.map((s: { name: string; artifacts: { nodes: { buildNo: string }[] } }) => [s.name, s.artifacts.nodes.map((n) => n.buildNo)])).toEqual([
      ['a-src', ['a3', 'a2']],
      ['b-src', ['b1']],
    ]);
  });

  it('reads the sources of several services, and the artifacts of all their sources, once each', async () => {
    for (const service of ['svc-n1', 'svc-n2', 'svc-n3']) {
      const source = await newSource(alice, service, `${service}-src`);
      await record(alice, source.id, `${service}-b1`);
    }
    let nested: Record<string, unknown> = {};
    const reads = await kit.readsDuring(async () => {
      nested = await kit.ok(alice, SOURCE_ARTIFACTS, { reps: ['svc-n1', 'svc-n2', 'svc-n3'].map((id) => ({ __typename: 'Service', id })), limit: 5 });
    });
    expect(reads).toEqual({ artifact_sources: 1, artifacts: 1 });
    expect(JSON.stringify(nested)).toContain('svc-n3-b1');
  });

  it('filters by artifact id and by source kind, and keeps accounts apart', async () => {
    const custom = await newSource(alice, 'svc-kind', 'custom-kind', 'CUSTOM');
    const { id } = (await record(alice, custom.id, 'c1')).recordArtifactBuild.artifact;
    expect(await buildNos([{ artifact: { operator: 'EQUALS', values: [id] } }])).toEqual(['c1']);
    expect(await buildNos([{ artifactStreamType: { operator: 'EQUALS', values: ['CUSTOM'] } }])).toEqual(['c1']);
    expect(await buildNos([{ artifactStreamType: { operator: 'IN', values: ['CUSTOM'] } }, { artifact: { operator: 'NOT_IN', values: [id] } }])).toEqual([]);
    expect(await buildNos([], bob)).toEqual([]);
    expect(await kit.fails(bob, ARTIFACT, { id })).toEqual({ code: 'NOT_FOUND', message: 'Artifact does not exist' });
    expect((await kit.fails(bob, RECORD, { input: { artifactSourceId: custom.id, buildNo: 'x' } })).code).toBe('NOT_FOUND');
    expect(await kit.ok(bob, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Artifact { id } } }`, { reps: [{ __typename: 'Artifact', id }] })).toEqual({
      _entities: [null],
    });
  });

  it('stops recording while collection is disabled, for the source\'s application only', async () => {
    const source = await newSource(alice, 'svc-toggle', 'toggle');
    expect(await kit.fails(alice, SET_COLLECTION, { input: { appId: 'app-other', artifactStreamId: source.id, artifactCollectionEnabled: false } })).toEqual({
      code: 'NOT_FOUND',
      message: 'Artifact source does not exist',
    });
    expect(
      (await kit.ok(alice, SET_COLLECTION, { input: { clientMutationId: 's', appId: 'app-1', artifactStreamId: source.id, artifactCollectionEnabled: false } }))
        .setArtifactCollectionEnabled,
    ).toEqual({ clientMutationId: 's', message: 'Artifact collection disabled' });
    expect(await kit.fails(alice, RECORD, { input: { artifactSourceId: source.id, buildNo: 'off' } })).toEqual({
      code: 'CONFLICT',
      message: 'Artifact collection is disabled for this artifact source',
    });
    await kit.ok(alice, SET_COLLECTION, { input: { appId: 'app-1', artifactStreamId: source.id, artifactCollectionEnabled: true } });
    expect((await record(alice, source.id, 'on')).recordArtifactBuild.artifact.buildNo).toBe('on');
  });

  it('cleans up a source\'s artifacts', async () => {
    const source = await newSource(alice, 'svc-clean', 'clean');
    await record(alice, source.id, 'x1');
    await record(alice, source.id, 'x2');
    expect((await kit.ok(alice, CLEANUP, { id: source.id })).artifactCleanup).toEqual({ message: 'Cleaned up 2 artifacts of artifact source clean' });
    expect(await buildNos([{ artifactSource: { operator: 'EQUALS', values: [source.id] } }])).toEqual([]);
    expect((await kit.fails(bob, CLEANUP, { id: source.id })).code).toBe('NOT_FOUND');
  });

  it('deleting a source deletes its artifacts', async () => {
    const source = await newSource(alice, 'svc-cascade', 'cascade');
    const { id } = (await record(alice, source.id, 'gone')).recordArtifactBuild.artifact;
    await kit.ok(alice, `mutation($id: String!) { deleteArtifactSource(input: { artifactSourceId: $id }) { clientMutationId } }`, { id: source.id });
    expect((await kit.fails(alice, ARTIFACT, { id })).code).toBe('NOT_FOUND');
  });

  it('refuses an empty build number', async () => {
    const source = await newSource(alice, 'svc-empty', 'empty');
    expect(await kit.fails(alice, RECORD, { input: { artifactSourceId: source.id, buildNo: '  ' } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'buildNo must not be empty',
    });
  });

  describe(`the CI endpoint (${ARTIFACT_BUILD_ROUTE})`, () => {
    it('records a build for the source whose collection token is presented, in that source\'s account', async () => {
      const source = await newSource(alice, 'svc-ci', 'ci');
      const answer = await kit.internal(ARTIFACT_BUILD_ROUTE, { token: source.token, buildNo: '42' });
      expect(answer).toEqual({
        status: 201,
        body: { artifact: { id: expect.any(String), buildNo: '42', collectedAt: expect.any(Number), artifactSourceId: source.id } },
      });
      expect(await buildNos([{ artifactSource: { operator: 'EQUALS', values: [source.id] } }])).toEqual(['42']);
      expect((await kit.collected()).at(-1)).toMatchObject({ accountId: 'acc-alice', buildNo: '42' });
    });

    it('answers 401 to an unknown token and 400 to a malformed body', async () => {
      expect(await kit.internal(ARTIFACT_BUILD_ROUTE, { token: 'not-a-token', buildNo: '1' })).toEqual({
        status: 401,
        body: { errors: [{ message: 'Invalid collection token', extensions: { code: 'UNAUTHENTICATED' } }] },
      });
      expect((await kit.internal(ARTIFACT_BUILD_ROUTE, { buildNo: 1 })).status).toBe(400);
    });

    it('answers 409 while the source\'s collection is disabled', async () => {
      const source = await newSource(alice, 'svc-ci-off', 'ci-off');
      await kit.ok(alice, SET_COLLECTION, { input: { appId: 'app-1', artifactStreamId: source.id, artifactCollectionEnabled: false } });
      expect((await kit.internal(ARTIFACT_BUILD_ROUTE, { token: source.token, buildNo: '1' })).status).toBe(409);
    });
  });
});
