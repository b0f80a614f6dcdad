import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, firstError, fixtures, names } from '../testing';

const alice = callerIn('acc-env-alice');
const bob = callerIn('acc-env-bob', { kind: 'apiKey', id: 'k-bob' });

const ENVIRONMENT = `query($id: String!) {
  environment(environmentId: $id) { id name description type createdAt createdBy { id } application { id name } tags { name value }
    infrastructureDefinitions(limit: 10) { pageInfo { total } nodes { name } } }
}`;
const ENVIRONMENTS = `query($filters: [EnvironmentFilter], $limit: Int!) {
  environments(filters: $filters, limit: $limit) { pageInfo { total } nodes { name } }
}`;
const INFRA = `query($id: String!) {
  infrastructureDefinition(infrastructureId: $id) { id name createdAt deploymentType scopedToServices environment { id name } }
}`;
const INFRAS = `query($filters: [InfrastructureDefinitionFilter], $limit: Int!) {
  infrastructureDefinitions(filters: $filters, limit: $limit) { pageInfo { total } nodes { name } }
}`;

describe('environments and infrastructure definitions (real store)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
    make = fixtures(subgraph);
  });
  afterAll(() => subgraph.dispose());

  it('creates an environment and reads every field back, with its application and infrastructure definitions', async () => {
    const appId = await make.application(alice, 'env-read');
    const { body } = await subgraph.query(alice, `mutation($input: CreateEnvironmentInput!) {
      createEnvironment(input: $input) { clientMutationId environment { id name type } } }`, {
      input: { clientMutationId: 'e1', applicationId: appId, name: 'prod', description: 'live', environmentType: 'PROD' },
    });
    const created = (body.data as { createEnvironment: { environment: { id: string } } }).createEnvironment;
    expect(created).toEqual({ clientMutationId: 'e1', environment: { id: expect.any(String), name: 'prod', type: 'PROD' } });
    await make.infrastructure(alice, created.environment.id, 'k8s-east');

    const read = await subgraph.query(alice, ENVIRONMENT, { id: created.environment.id });
    expect(read.body.data).toEqual({
      environment: {
        id: created.environment.id,
        name: 'prod',
        description: 'live',
        type: 'PROD',
        createdAt: expect.any(Number),
        createdBy: { id: 'u-acc-env-alice' },
        application: { id: appId, name: 'env-read' },
        tags: [],
        infrastructureDefinitions: { pageInfo: { total: 1 }, nodes: [{ name: 'k8s-east' }] },
      },
    });
  });

  it('answers the reference\'s not-found texts for unknown and foreign ids', async () => {
    const appId = await make.application(alice, 'env-private');
    const envId = await make.environment(alice, appId, 'qa');
    const infraId = await make.infrastructure(alice, envId, 'qa-infra');
    const cases: [string, Record<string, unknown>, string][] = [
      [ENVIRONMENT, { id: envId }, 'Environment does not exist'],
      [INFRA, { id: infraId }, 'Infrastructure does not exist'],
      [`query($e: String!) { infrastructureDefinitionByName(infrastructureName: "qa-infra", environmentId: $e) { id } }`, { e: envId }, 'Infrastructure does not exist'],
    ];
    for (const [query, variables, message] of cases) {
      const response = await subgraph.query(bob, query, variables);
      expect(firstError(response)).toMatchObject({ message, extensions: { code: 'NOT_FOUND' } });
      expect(Object.values(response.body.data ?? {})).toEqual([null]);
    }
    expect((await subgraph.query(bob, ENVIRONMENTS, { limit: 10 })).body.data).toEqual({ environments: { pageInfo: { total: 0 }, nodes: [] } });
    expect((await subgraph.query(bob, INFRAS, { limit: 10 })).body.data).toEqual({ infrastructureDefinitions: { pageInfo: { total: 0 }, nodes: [] } });
    const entities = await subgraph.query(bob, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Environment { id } ... on InfrastructureDefinition { id } } }`, {
      r: [{ __typename: 'Environment', id: envId }, { __typename: 'InfrastructureDefinition', id: infraId }],
    });
    expect(entities.body.data).toEqual({ _entities: [null, null] });
    expect(firstError(await subgraph.query(alice, ENVIRONMENT, { id: 'missing' }))?.message).toBe('Environment does not exist');
  });

  it('reads an infrastructure definition by id and by name within its environment', async () => {
    const appId = await make.application(alice, 'infra-read');
    const svc = await make.service(alice, appId, 'web');
    const envId = await make.environment(alice, appId, 'stage');
    const id = await make.infrastructure(alice, envId, 'gke', { deploymentType: 'HELM', cloudProviderId: 'cp-1', scopedToServices: [svc] });
    const expected = { id, name: 'gke', createdAt: expect.any(Number), deploymentType: 'HELM', scopedToServices: [svc], environment: { id: envId, name: 'stage' } };
    expect((await subgraph.query(alice, INFRA, { id })).body.data).toEqual({ infrastructureDefinition: expected });
    const byName = await subgraph.query(alice, `query($e: String!) { infrastructureDefinitionByName(infrastructureName: "gke", environmentId: $e) {
      id name createdAt deploymentType scopedToServices environment { id name } } }`, { e: envId });
    expect(byName.body.data).toEqual({ infrastructureDefinitionByName: expected });
  });

  it('refuses bad input: unknown environment, scoped services of another application, empty names, duplicates', async () => {
    const appId = await make.application(alice, 'infra-bad');
    const otherApp = await make.application(alice, 'infra-bad-other');
    const foreignService = await make.service(alice, otherApp, 'elsewhere');
    const envId = await make.environment(alice, appId, 'dev');
    await make.infrastructure(alice, envId, 'taken');
    const create = 'mutation($input: CreateInfrastructureDefinitionInput!) { createInfrastructureDefinition(input: $input) { infrastructureDefinition { id } } }';
    const cases: [Record<string, unknown>, string, string][] = [
      [{ environmentId: 'missing', name: 'x', deploymentType: 'SSH' }, 'Environment does not exist', 'NOT_FOUND'],
      [{ environmentId: envId, name: 'x', deploymentType: 'SSH', scopedToServices: [foreignService] }, 'Service does not exist', 'NOT_FOUND'],
      [{ environmentId: envId, name: ' ', deploymentType: 'SSH' }, 'Infrastructure definition name must not be empty', 'BAD_USER_INPUT'],
      [{ environmentId: envId, name: 'taken', deploymentType: 'SSH' }, 'An infrastructure definition named "taken" already exists in the environment', 'CONFLICT'],
    ];
    for (const [input, message, code] of cases) {
      expect(firstError(await subgraph.query(alice, create, { input }))).toMatchObject({ message, extensions: { code } });
    }
    const env = 'mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }';
    expect(firstError(await subgraph.query(alice, env, { input: { applicationId: appId, name: 'dev', environmentType: 'PROD' } }))).toMatchObject({
      message: 'An environment named "dev" already exists in the application',
      extensions: { code: 'CONFLICT' },
    });
    expect(firstError(await subgraph.query(bob, env, { input: { applicationId: appId, name: 'x', environmentType: 'PROD' } }))?.message).toBe(
      'Application does not exist',
    );
  });

  it('lists environments by application, id, environment type and application tag', async () => {
    const carol = callerIn('acc-env-carol');
    const shop = await make.application(carol, 'shop');
    const blog = await make.application(carol, 'blog');
    const prod = await make.environment(carol, shop, 'shop-prod', 'PROD');
    await make.environment(carol, shop, 'shop-qa', 'NON_PROD');
    await make.environment(carol, blog, 'blog-prod', 'PROD');
    await make.tag(carol, 'APPLICATION', blog, 'owner', 'marketing');
    const list = async (filters: unknown[]) => {
      const { body } = await subgraph.query<{ environments: { nodes: { name: string }[]; pageInfo: { total: number } } }>(carol, ENVIRONMENTS, { limit: 10, filters });
      expect(body.errors).toBeUndefined();
      return [names(body.data!.environments.nodes), body.data!.environments.pageInfo.total];
    };
    expect(await list([])).toEqual([['blog-prod', 'shop-prod', 'shop-qa'], 3]);
    expect(await list([{ application: { operator: 'EQUALS', values: [shop] } }])).toEqual([['shop-prod', 'shop-qa'], 2]);
    expect(await list([{ environment: { operator: 'IN', values: [prod] } }])).toEqual([['shop-prod'], 1]);
    expect(await list([{ environmentType: { operator: 'EQUALS', values: ['PROD'] } }])).toEqual([['blog-prod', 'shop-prod'], 2]);
    expect(await list([{ environmentType: { values: ['NON_PROD'] } }])).toEqual([['shop-qa'], 1]);
    expect(await list([{ tag: { entityType: 'APPLICATION', tags: [{ name: 'owner', value: 'marketing' }] } }])).toEqual([['blog-prod'], 1]);
    expect(
      await list([{ environmentType: { operator: 'EQUALS', values: ['PROD'] } }, { application: { operator: 'NOT_IN', values: [blog] } }]),
    ).toEqual([['shop-prod'], 1]);
  });

  it('lists infrastructure definitions by environment, id, deployment type and environment tag; nested lists too', async () => {
    const dave = callerIn('acc-env-dave');
    const appId = await make.application(dave, 'infra-list');
    const east = await make.environment(dave, appId, 'east');
    const west = await make.environment(dave, appId, 'west');
    const k8s = await make.infrastructure(dave, east, 'east-k8s', { deploymentType: 'KUBERNETES' });
    await make.infrastructure(dave, east, 'east-ssh', { deploymentType: 'SSH' });
    await make.infrastructure(dave, west, 'west-k8s', { deploymentType: 'KUBERNETES' });
    await make.tag(dave, 'ENVIRONMENT', west, 'region', 'us-west');
    const list = async (filters: unknown[]) => {
      const { body } = await subgraph.query<{ infrastructureDefinitions: { nodes: { name: string }[] } }>(dave, INFRAS, { limit: 10, filters });
      expect(body.errors).toBeUndefined();
      return names(body.data!.infrastructureDefinitions.nodes);
    };
    expect(await list([{ environment: { operator: 'EQUALS', values: [east] } }])).toEqual(['east-k8s', 'east-ssh']);
    expect(await list([{ infrastructureDefinition: { operator: 'EQUALS', values: [k8s] } }])).toEqual(['east-k8s']);
    expect(await list([{ deploymentType: { operator: 'EQUALS', values: ['KUBERNETES'] } }])).toEqual(['east-k8s', 'west-k8s']);
    expect(await list([{ deploymentType: { operator: 'IN', values: ['SSH', 'HELM'] } }])).toEqual(['east-ssh']);
    expect(await list([{ tag: { entityType: 'ENVIRONMENT', tags: [{ name: 'region', value: 'us-west' }] } }])).toEqual(['west-k8s']);

    const nested = await subgraph.query(dave, `{ environments(limit: 10) { nodes { name
      all: infrastructureDefinitions(limit: 1) { pageInfo { hasMore } nodes { name } }
      ssh: infrastructureDefinitions(limit: 5, filters: [{ deploymentType: { operator: EQUALS, values: ["SSH"] } }]) { nodes { name } } } } }`);
    expect(nested.body.data).toEqual({
      environments: {
        nodes: [
          { name: 'west', all: { pageInfo: { hasMore: false }, nodes: [{ name: 'west-k8s' }] }, ssh: { nodes: [] } },
          { name: 'east', all: { pageInfo: { hasMore: true }, nodes: [{ name: 'east-ssh' }] }, ssh: { nodes: [{ name: 'east-ssh' }] } },
        ],
      },
    });
  });

  it('updates and deletes environments and infrastructure definitions; deleting an environment deletes its definitions', async () => {
    const erin = callerIn('acc-env-erin');
    const appId = await make.application(erin, 'env-write');
    const svc = await make.service(erin, appId, 'svc');
    const envId = await make.environment(erin, appId, 'before', 'NON_PROD');
    const infraId = await make.infrastructure(erin, envId, 'infra', { scopedToServices: [svc] });

    const updateEnv = 'mutation($input: UpdateEnvironmentInput!) { updateEnvironment(input: $input) { clientMutationId environment { name description type } } }';
    expect((await subgraph.query(erin, updateEnv, { input: { clientMutationId: 'u', environmentId: envId, environmentType: 'PROD' } })).body.data).toEqual({
      updateEnvironment: { clientMutationId: 'u', environment: { name: 'before', description: null, type: 'PROD' } },
    });
    expect(firstError(await subgraph.query(bob, updateEnv, { input: { environmentId: envId, name: 'x' } }))?.message).toBe('Environment does not exist');

    const updateInfra = `mutation($input: UpdateInfrastructureDefinitionInput!) { updateInfrastructureDefinition(input: $input) {
      infrastructureDefinition { name deploymentType scopedToServices } } }`;
    expect((await subgraph.query(erin, updateInfra, { input: { infrastructureId: infraId, deploymentType: 'HELM' } })).body.data).toEqual({
      updateInfrastructureDefinition: { infrastructureDefinition: { name: 'infra', deploymentType: 'HELM', scopedToServices: [svc] } },
    });

    // Deleting a service unscopes it from the definitions that named it.
    await make.ok(erin, 'mutation($input: DeleteServiceInput!) { deleteService(input: $input) { clientMutationId } }', { input: { serviceId: svc } });
    expect((await subgraph.query(erin, INFRA, { id: infraId })).body.data).toMatchObject({ infrastructureDefinition: { scopedToServices: [] } });

    const otherInfra = await make.infrastructure(erin, envId, 'other');
    const deleteInfra = 'mutation($input: DeleteInfrastructureDefinitionInput!) { deleteInfrastructureDefinition(input: $input) { clientMutationId } }';
    expect(firstError(await subgraph.query(bob, deleteInfra, { input: { infrastructureId: otherInfra } }))?.message).toBe('Infrastructure does not exist');
    expect((await subgraph.query(erin, deleteInfra, { input: { infrastructureId: otherInfra, clientMutationId: 'di' } })).body.data).toEqual({
      deleteInfrastructureDefinition: { clientMutationId: 'di' },
    });

    const deleteEnv = 'mutation($input: DeleteEnvironmentInput!) { deleteEnvironment(input: $input) { clientMutationId } }';
    expect(firstError(await subgraph.query(bob, deleteEnv, { input: { environmentId: envId } }))?.message).toBe('Environment does not exist');
    expect((await subgraph.query(erin, deleteEnv, { input: { environmentId: envId } })).body.errors).toBeUndefined();
    expect(firstError(await subgraph.query(erin, ENVIRONMENT, { id: envId }))?.message).toBe('Environment does not exist');
    expect(firstError(await subgraph.query(erin, INFRA, { id: infraId }))?.message).toBe('Infrastructure does not exist');
  });
});
