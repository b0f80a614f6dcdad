import { EVENT_FIELD, type DomainEvent } from '@fg/domain-events';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, fixtures } from '../testing';

const alice = callerIn('acc-catalog-alice');

describe('apps-services announces its catalog (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;
  let redis: TestRedis;
  const seen = new Map<string, string>();

  /** The events on one stream since the last call: type and payload. */
  async function published(stream: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
    const last = seen.get(stream);
    const entries = await redis.redis.xrange(`${redis.prefix}domain-events:${stream}`, last ? `(${last}` : '-', '+');
    if (entries.length > 0) seen.set(stream, entries[entries.length - 1][0]);
    return entries.map(([, fields]) => {
      const event = JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent;
      return { type: event.type, payload: event.payload as unknown as Record<string, unknown> };
    });
  }

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(appsServicesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    make = fixtures(subgraph);
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('announces an application created, updated and deleted with the fields consumers need', async () => {
    const appId = await make.application(alice, 'Catalogued');
    await make.ok(alice, 'mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { clientMutationId } }', {
      input: { applicationId: appId, disableTriggers: true },
    });
    await make.ok(alice, 'mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }', { input: { applicationId: appId } });

    const state = (disableTriggers: boolean) => ({
      accountId: alice.accountId,
      appId,
      name: 'Catalogued',
      disableTriggers,
      isManualTriggerAuthorized: false,
      areWebHookSecretsMandated: false,
    });
    expect(await published('applications')).toEqual([
      { type: 'application.created', payload: state(false) },
      { type: 'application.updated', payload: state(true) },
      { type: 'application.deleted', payload: state(true) },
    ]);
  });

  it('announces services, environments (with their type) and infrastructure definitions', async () => {
    const appId = await make.application(alice, 'With children');
    await published('applications');
    const serviceId = await make.service(alice, appId, 'api');
    const environmentId = await make.environment(alice, appId, 'prod', 'PROD');
    const definitionId = await make.infrastructure(alice, environmentId, 'cluster');
    await make.ok(alice, 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { clientMutationId } }', {
      input: { serviceId, name: 'api-v2' },
    });
    await make.ok(alice, 'mutation($input: UpdateEnvironmentInput!) { updateEnvironment(input: $input) { clientMutationId } }', {
      input: { environmentId, environmentType: 'NON_PROD' },
    });
    await make.ok(alice, 'mutation($input: DeleteInfrastructureDefinitionInput!) { deleteInfrastructureDefinition(input: $input) { clientMutationId } }', {
      input: { infrastructureId: definitionId },
    });
    await make.ok(alice, 'mutation($input: DeleteServiceInput!) { deleteService(input: $input) { clientMutationId } }', { input: { serviceId } });
    await make.ok(alice, 'mutation($input: DeleteEnvironmentInput!) { deleteEnvironment(input: $input) { clientMutationId } }', { input: { environmentId } });

    const service = (name: string) => ({ accountId: alice.accountId, serviceId, appId, name, deploymentType: 'KUBERNETES', artifactType: 'DOCKER' });
    expect(await published('services')).toEqual([
      { type: 'service.created', payload: service('api') },
      { type: 'service.updated', payload: service('api-v2') },
      { type: 'service.deleted', payload: service('api-v2') },
    ]);
    const environment = (environmentType: string) => ({ accountId: alice.accountId, environmentId, appId, name: 'prod', environmentType });
    expect(await published('environments')).toEqual([
      { type: 'environment.created', payload: environment('PROD') },
      { type: 'environment.updated', payload: environment('NON_PROD') },
      { type: 'environment.deleted', payload: environment('NON_PROD') },
    ]);
    expect(await published('infrastructure-definitions')).toEqual([
      { type: 'infrastructureDefinition.created', payload: expect.objectContaining({ infrastructureDefinitionId: definitionId, appId, environmentId, name: 'cluster' }) },
      { type: 'infrastructureDefinition.deleted', payload: expect.objectContaining({ infrastructureDefinitionId: definitionId, appId, environmentId, name: 'cluster' }) },
    ]);
    expect(await published('applications')).toEqual([]);
  });

  it('announces nothing for a write that was refused', async () => {
    await make.application(alice, 'Taken');
    await published('applications');
    const { body } = await subgraph.query(alice, 'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { clientMutationId } }', {
      input: { name: 'Taken' },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await published('applications')).toEqual([]);
  });
});
