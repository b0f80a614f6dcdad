import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, firstError, fixtures, names } from '../testing';

const alice = callerIn('acc-svc-alice');
const bob = callerIn('acc-svc-bob', { kind: 'apiKey', id: 'k-bob' });

const SERVICE = `query($id: String!) {
  service(serviceId: $id) { id name description artifactType deploymentType createdAt createdBy { id } tags { name value } }
}`;
const SERVICES = `query($filters: [ServiceFilter], $limit: Int!, $offset: Int) {
  services(filters: $filters, limit: $limit, offset: $offset) { pageInfo { total hasMore limit offset } nodes { id name } }
}`;

describe('services (real store)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
    make = fixtures(subgraph);
  });
  afterAll(() => subgraph.dispose());

  it('creates a service in an application and reads every field back', async () => {
    const appId = await make.application(alice, 'svc-read');
    const { body } = await subgraph.query(alice, `mutation($input: CreateServiceInput!) {
      createService(input: $input) { clientMutationId service { id name description artifactType deploymentType } }
    }`, { input: { clientMutationId: 'c1', applicationId: appId, name: ' web ', description: 'the site', deploymentType: 'HELM', artifactType: 'DOCKER' } });
    expect(body.errors).toBeUndefined();
    const created = (body.data as { createService: { service: { id: string } } }).createService;
    expect(created).toEqual({
      clientMutationId: 'c1',
      service: { id: expect.stringMatching(/^[\w-]{22}$/), name: 'web', description: 'the site', artifactType: 'DOCKER', deploymentType: 'HELM' },
    });

    const read = await subgraph.query(alice, SERVICE, { id: created.service.id });
    expect(read.body.data).toEqual({
      service: {
        id: created.service.id,
        name: 'web',
        description: 'the site',
        artifactType: 'DOCKER',
        deploymentType: 'HELM',
        createdAt: expect.any(Number),
        createdBy: { id: 'u-acc-svc-alice' },
        tags: [],
      },
    });
  });

  it('answers "Service does not exist" for an unknown id and for another account\'s service', async () => {
    const appId = await make.application(alice, 'svc-private');
    const id = await make.service(alice, appId, 'private');
    for (const [caller, serviceId] of [[alice, 'no-such-service'], [bob, id]] as const) {
      const response = await subgraph.query(caller, SERVICE, { id: serviceId });
      expect(response.body.data).toEqual({ service: null });
      expect(firstError(response)).toMatchObject({ message: 'Service does not exist', extensions: { code: 'NOT_FOUND' } });
    }
    const list = await subgraph.query(bob, SERVICES, { limit: 10, filters: [{ service: { operator: 'EQUALS', values: [id] } }] });
    expect(list.body.data).toEqual({ services: { pageInfo: { total: 0, hasMore: false, limit: 10, offset: 0 }, nodes: [] } });
    const entity = await subgraph.query(bob, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { id } } }', {
      r: [{ __typename: 'Service', id }],
    });
    expect(entity.body.data).toEqual({ _entities: [null] });
  });

  it('refuses a service in an unknown or foreign application, an empty name and a duplicate name', async () => {
    const appId = await make.application(alice, 'svc-refusals');
    await make.service(alice, appId, 'taken');
    const create = 'mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }';
    const cases: [typeof alice, Record<string, unknown>, string, string][] = [
      [bob, { applicationId: appId, name: 'x', deploymentType: 'SSH' }, 'Application does not exist', 'NOT_FOUND'],
      [alice, { applicationId: appId, name: '  ', deploymentType: 'SSH' }, 'Service name must not be empty', 'BAD_USER_INPUT'],
      [alice, { applicationId: appId, name: 'taken', deploymentType: 'SSH' }, 'A service named "taken" already exists in the application', 'CONFLICT'],
    ];
    for (const [caller, input, message, code] of cases) {
      expect(firstError(await subgraph.query(caller, create, { input }))).toMatchObject({ message, extensions: { code } });
    }
    const badEnum = await subgraph.query(alice, create, { input: { applicationId: appId, name: 'y', deploymentType: 'NOPE' } });
    expect(badEnum.status).toBe(400);
  });

  it('updates only the fields given and deletes, never another account\'s service', async () => {
    const appId = await make.application(alice, 'svc-update');
    const id = await make.service(alice, appId, 'api', { description: 'kept' });
    const update = 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { clientMutationId service { name description deploymentType artifactType } } }';
    const changed = await subgraph.query(alice, update, { input: { clientMutationId: 'u', serviceId: id, deploymentType: 'ECS' } });
    expect(changed.body.data).toEqual({
      updateService: { clientMutationId: 'u', service: { name: 'api', description: 'kept', deploymentType: 'ECS', artifactType: 'DOCKER' } },
    });
    expect(firstError(await subgraph.query(bob, update, { input: { serviceId: id, name: 'stolen' } }))?.message).toBe('Service does not exist');

    const remove = 'mutation($input: DeleteServiceInput!) { deleteService(input: $input) { clientMutationId } }';
    expect(firstError(await subgraph.query(bob, remove, { input: { serviceId: id } }))?.message).toBe('Service does not exist');
    expect((await subgraph.query(alice, remove, { input: { serviceId: id, clientMutationId: 'd' } })).body.data).toEqual({
      deleteService: { clientMutationId: 'd' },
    });
    expect(firstError(await subgraph.query(alice, SERVICE, { id }))?.message).toBe('Service does not exist');
  });

  it('lists services with each filter: application, service id, deployment type, and tags of the service or its application', async () => {
    const carol = callerIn('acc-svc-carol');
    const shop = await make.application(carol, 'shop');
    const blog = await make.application(carol, 'blog');
    const cart = await make.service(carol, shop, 'cart', { deploymentType: 'KUBERNETES' });
    const pay = await make.service(carol, shop, 'pay', { deploymentType: 'HELM' });
    await make.service(carol, blog, 'posts', { deploymentType: 'SSH' });
    await make.tag(carol, 'SERVICE', cart, 'team', 'checkout');
    await make.tag(carol, 'SERVICE', pay, 'team', 'payments');
    await make.tag(carol, 'APPLICATION', blog, 'tier', 'gold');

    const list = async (filters: unknown[]) => {
      const { body } = await subgraph.query<{ services: { nodes: { name: string }[]; pageInfo: { total: number } } }>(carol, SERVICES, { limit: 10, filters });
      expect(body.errors).toBeUndefined();
      return { names: names(body.data!.services.nodes), total: body.data!.services.pageInfo.total };
    };
    expect(await list([])).toEqual({ names: ['cart', 'pay', 'posts'], total: 3 });
    expect(await list([{ application: { operator: 'EQUALS', values: [shop] } }])).toEqual({ names: ['cart', 'pay'], total: 2 });
    expect(await list([{ service: { operator: 'NOT_IN', values: [cart] } }])).toEqual({ names: ['pay', 'posts'], total: 2 });
    expect(await list([{ deploymentType: { operator: 'IN', values: ['HELM', 'SSH'] } }])).toEqual({ names: ['pay', 'posts'], total: 2 });
    expect(await list([{ deploymentType: { values: ['KUBERNETES'] } }])).toEqual({ names: ['cart'], total: 1 });
    expect(await list([{ tag: { entityType: 'SERVICE', tags: [{ name: 'team', value: 'payments' }] } }])).toEqual({ names: ['pay'], total: 1 });
    expect(await list([{ tag: { entityType: 'SERVICE', tags: [{ name: 'team' }] } }])).toEqual({ names: ['cart', 'pay'], total: 2 });
    expect(await list([{ tag: { entityType: 'APPLICATION', tags: [{ name: 'tier', value: 'gold' }] } }])).toEqual({ names: ['posts'], total: 1 });
    expect(await list([{ tag: { entityType: 'SERVICE', tags: [{ name: 'nobody-has-this' }] } }])).toEqual({ names: [], total: 0 });
    // Filters are ANDed.
    expect(
      await list([{ application: { operator: 'EQUALS', values: [shop] } }, { deploymentType: { operator: 'EQUALS', values: ['HELM'] } }]),
    ).toEqual({ names: ['pay'], total: 1 });

    const bad = await subgraph.query(carol, SERVICES, { limit: 10, filters: [{ deploymentType: { operator: 'EQUALS', values: [] } }] });
    expect(firstError(bad)).toMatchObject({ message: 'Values cannot be empty', extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await subgraph.query(carol, SERVICES, { limit: -1 });
    expect(firstError(negative)).toMatchObject({ message: 'limit must not be negative', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('accepts the seed\'s services(filters: [{application: ...}]) with limit and offset, clamping the limit', async () => {
    const dave = callerIn('acc-svc-dave');
    const appId = await make.application(dave, 'seed');
    for (const name of ['s1', 's2', 's3']) await make.service(dave, appId, name);
    const { body } = await subgraph.query(dave, `{ services(filters: [{ application: { operator: EQUALS, values: ["${appId}"] } }], limit: 500, offset: 1) {
      pageInfo { limit offset hasMore total } nodes { name } } }`);
    expect(body.data).toEqual({ services: { pageInfo: { limit: 100, offset: 1, hasMore: false, total: 3 }, nodes: [{ name: 's2' }, { name: 's1' }] } });
  });

  it('pages each application\'s services in a list of applications', async () => {
    const erin = callerIn('acc-svc-erin');
    const one = await make.application(erin, 'one');
    const two = await make.application(erin, 'two');
    await make.application(erin, 'three');
    for (const name of ['a', 'b', 'c']) await make.service(erin, one, `one-${name}`);
    await make.service(erin, two, 'two-a');
    const { body } = await subgraph.query(erin, `{ applications(limit: 10) { nodes { name
      services(limit: 2) { pageInfo { hasMore total } nodes { name } } } } }`);
    expect(body.data).toEqual({
      applications: {
        nodes: [
          { name: 'three', services: { pageInfo: { hasMore: false, total: 0 }, nodes: [] } },
          { name: 'two', services: { pageInfo: { hasMore: false, total: 1 }, nodes: [{ name: 'two-a' }] } },
          { name: 'one', services: { pageInfo: { hasMore: true, total: 3 }, nodes: [{ name: 'one-c' }, { name: 'one-b' }] } },
        ],
      },
    });
  });

  it('sets the CF CLI version of the PCF services of the applications, except the excluded ones', async () => {
    const frank = callerIn('acc-svc-frank');
    const appId = await make.application(frank, 'pcf');
    const a = await make.service(frank, appId, 'pcf-a', { deploymentType: 'PCF' });
    const b = await make.service(frank, appId, 'pcf-b', { deploymentType: 'PCF' });
    await make.service(frank, appId, 'k8s', { deploymentType: 'KUBERNETES' });
    const mutation = `mutation($input: UpdateServiceMetadataInput!) { updateServiceMetadata(input: $input) {
      clientMutationId cfCliVersion application { id } updatedService { id name } } }`;
    const { body } = await subgraph.query(frank, mutation, { input: { clientMutationId: 'm', applicationId: [appId], excludeServices: [b], cfCliVersion: 'V7' } });
    expect(body.data).toEqual({
      updateServiceMetadata: { clientMutationId: 'm', cfCliVersion: 'V7', application: [{ id: appId }], updatedService: [{ id: a, name: 'pcf-a' }] },
    });
    const foreign = await subgraph.query(bob, mutation, { input: { applicationId: [appId], cfCliVersion: 'V7' } });
    expect(firstError(foreign)?.message).toBe('Application does not exist');
  });
});
