import { createDomainEvent, DomainEventPublisher } from '@fg/domain-events';
import { generateSecret } from '@fg/hashed-secrets';
import { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import { testRedis, type TestRedis } from '@fg/testing';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

// What the Harness Go SDK (under the Terraform provider) selects when it reads an application back.
const APPLICATION_FIELDS = `id name description createdAt createdBy { id } isManualTriggerAuthorized areWebHookSecretsMandated disableTriggers
  gitSyncConfig { branch repositoryName syncEnabled gitConnector { id } }
  tags { name value }`;

// The seed's examples of services, as the FAQ gives them (artifactSources comes with connectors-cloudproviders-artifacts).
const SEED_SERVICE = (serviceId: string) => `query{  
  service(serviceId: "${serviceId}"){  
    id  
    name  
  }  
}`;
const SEED_SERVICES = (applicationId: string) => `{  
  services(  
    filters: [  
      { application: { operator: EQUALS, values: ["${applicationId}"] } }  
    ]  
    limit: 1000  
  ) {  
    pageInfo {  
      total  
    }  
    nodes {  
      id  
      name  
    }  
  }  
}`;

/** The data of an answer that must have succeeded; its errors fail the spec with their text. */
function data<T>(answer: GatewayAnswer): T {
  if (answer.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data as T;
}

const names = (nodes: { name: string }[]) => nodes.map((node) => node.name).sort();

describe('apps-services end to end: a Terraform-like sequence through the gateway (separate processes, real store)', () => {
  let stack: Stack;
  let redis: TestRedis;
  let otherKey: string;
  let demoAccountId: string;
  const ids = { application: '', service: '', otherService: '', environment: '', infrastructure: '' };

  const call = <T>(query: string, variables?: Record<string, unknown>) => callGateway(stack, stack.demoApiKey, { query, variables }).then((answer) => data<T>(answer));

  beforeAll(async () => {
    stack = await startStack();
    redis = await testRedis(stack.redisUrl);
    const identity = await stack.database('identity-users-groups');
    const accounts = new AccountRepository(identity);
    demoAccountId = (await accounts.demo())!.id;
    const other = await accounts.create('Other', 'PAID');
    otherKey = generateSecret();
    await new ApiKeyRepository(identity).register(other.id, 'other', otherKey);
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.cleanup();
  });

  it('creates an application and reads it back by id and by name with every field', async () => {
    const created = await call<{ createApplication: { clientMutationId: string; application: { id: string } } }>(
      'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { clientMutationId application { id } } }',
      { input: { clientMutationId: 'tf-app', name: 'terraform-app', description: 'managed by terraform', isManualTriggerAuthorized: true } },
    );
    ids.application = created.createApplication.application.id;
    expect(created.createApplication.clientMutationId).toBe('tf-app');

    const expected = {
      id: ids.application,
      name: 'terraform-app',
      description: 'managed by terraform',
      createdAt: expect.any(Number),
      // The demo key is an API key: createdBy is a User, so it stays empty.
      createdBy: null,
      isManualTriggerAuthorized: true,
      areWebHookSecretsMandated: false,
      disableTriggers: false,
      gitSyncConfig: null,
      tags: [],
    };
    const byId = await call<{ application: unknown }>(`query($id: String!) { application(applicationId: $id) { ${APPLICATION_FIELDS} } }`, { id: ids.application });
    expect(byId.application).toEqual(expected);
    const byName = await call<{ applicationByName: unknown }>(`query($name: String!) { applicationByName(name: $name) { ${APPLICATION_FIELDS} } }`, { name: 'terraform-app' });
    expect(byName.applicationByName).toEqual(expected);
  });

  it('creates services, an environment and an infrastructure definition in it', async () => {
    const createService = 'mutation($input: CreateServiceInput!) { createService(input: $input) { service { id name deploymentType artifactType } } }';
    const web = await call<{ createService: { service: { id: string } } }>(createService, {
      input: { applicationId: ids.application, name: 'web', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
    });
    ids.service = web.createService.service.id;
    expect(web.createService.service).toEqual({ id: ids.service, name: 'web', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' });
    const worker = await call<{ createService: { service: { id: string } } }>(createService, {
      input: { applicationId: ids.application, name: 'worker', deploymentType: 'SSH' },
    });
    ids.otherService = worker.createService.service.id;

    const environment = await call<{ createEnvironment: { environment: { id: string; type: string } } }>(
      'mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id type } } }',
      { input: { applicationId: ids.application, name: 'production', environmentType: 'PROD' } },
    );
    ids.environment = environment.createEnvironment.environment.id;
    expect(environment.createEnvironment.environment.type).toBe('PROD');

    const infrastructure = await call<{ createInfrastructureDefinition: { infrastructureDefinition: { id: string; scopedToServices: string[]; environment: { id: string } } } }>(
      `mutation($input: CreateInfrastructureDefinitionInput!) {
        createInfrastructureDefinition(input: $input) { infrastructureDefinition { id scopedToServices environment { id } } }
      }`,
      { input: { environmentId: ids.environment, name: 'prod-cluster', deploymentType: 'KUBERNETES', scopedToServices: [ids.service] } },
    );
    ids.infrastructure = infrastructure.createInfrastructureDefinition.infrastructureDefinition.id;
    expect(infrastructure.createInfrastructureDefinition.infrastructureDefinition).toEqual({
      id: ids.infrastructure,
      scopedToServices: [ids.service],
      environment: { id: ids.environment },
    });
  });

  it('lists them with each filter, and nested under their parents', async () => {
    const byApplication = { application: { operator: 'EQUALS', values: [ids.application] } };
    const lists = await call<{
      services: { nodes: { name: string }[] };
      byType: { nodes: { name: string }[] };
      byId: { nodes: { name: string }[] };
      environments: { nodes: { name: string }[] };
      prod: { nodes: { name: string }[] };
      nonProd: { pageInfo: { total: number } };
      infrastructureDefinitions: { nodes: { name: string }[] };
      byDeployment: { nodes: { name: string }[] };
      application: { services: { pageInfo: { total: number } }; environments: { nodes: { name: string; infrastructureDefinitions: { nodes: { name: string }[] } }[] } };
    }>(
      `query($app: [ServiceFilter], $kube: [ServiceFilter], $one: [ServiceFilter], $envApp: [EnvironmentFilter], $prod: [EnvironmentFilter],
             $nonProd: [EnvironmentFilter], $infraEnv: [InfrastructureDefinitionFilter], $infraType: [InfrastructureDefinitionFilter], $id: String!) {
        services(filters: $app, limit: 10) { nodes { name } }
        byType: services(filters: $kube, limit: 10) { nodes { name } }
        byId: services(filters: $one, limit: 10) { nodes { name } }
        environments(filters: $envApp, limit: 10) { nodes { name } }
        prod: environments(filters: $prod, limit: 10) { nodes { name } }
        nonProd: environments(filters: $nonProd, limit: 10) { pageInfo { total } }
        infrastructureDefinitions(filters: $infraEnv, limit: 10) { nodes { name } }
        byDeployment: infrastructureDefinitions(filters: $infraType, limit: 10) { nodes { name } }
        application(applicationId: $id) {
          services(limit: 10) { pageInfo { total } }
          environments(limit: 10) { nodes { name infrastructureDefinitions(limit: 10) { nodes { name } } } }
        }
      }`,
      {
        id: ids.application,
        app: [byApplication],
        kube: [byApplication, { deploymentType: { operator: 'EQUALS', values: ['KUBERNETES'] } }],
        one: [{ service: { operator: 'IN', values: [ids.otherService] } }],
        envApp: [byApplication],
        prod: [byApplication, { environmentType: { operator: 'EQUALS', values: ['PROD'] } }],
        nonProd: [byApplication, { environmentType: { values: ['NON_PROD'] } }],
        infraEnv: [{ environment: { operator: 'EQUALS', values: [ids.environment] } }],
        infraType: [{ deploymentType: { operator: 'IN', values: ['KUBERNETES'] } }],
      },
    );
    expect(names(lists.services.nodes)).toEqual(['web', 'worker']);
    expect(names(lists.byType.nodes)).toEqual(['web']);
    expect(names(lists.byId.nodes)).toEqual(['worker']);
    expect(names(lists.environments.nodes)).toEqual(['production']);
    expect(names(lists.prod.nodes)).toEqual(['production']);
    expect(lists.nonProd.pageInfo.total).toBe(0);
    expect(names(lists.infrastructureDefinitions.nodes)).toEqual(['prod-cluster']);
    expect(names(lists.byDeployment.nodes)).toEqual(['prod-cluster']);
    expect(lists.application).toEqual({
      services: { pageInfo: { total: 2 } },
      environments: { nodes: [{ name: 'production', infrastructureDefinitions: { nodes: [{ name: 'prod-cluster' }] } }] },
    });
  });

  it('accepts the stray "." after a number that a graphql-java client sends', async () => {
    const answer = await callGateway(stack, stack.demoApiKey, {
      query: 'query($filters: [ServiceFilter]) { services(limit: 10, offset: 0. filters: $filters) { nodes { name } } }',
      variables: { filters: [{ application: { operator: 'EQUALS', values: [ids.application] } }] },
    });
    expect(answer.status).toBe(200);
    expect(names(data<{ services: { nodes: { name: string }[] } }>(answer).services.nodes)).toEqual(['web', 'worker']);
  });

  it('runs the seed\'s examples of services', async () => {
    expect(await call(SEED_SERVICE(ids.service))).toEqual({ service: { id: ids.service, name: 'web' } });
    const listed = await call<{ services: { pageInfo: { total: number }; nodes: { id: string; name: string }[] } }>(SEED_SERVICES(ids.application));
    expect(listed.services.pageInfo.total).toBe(2);
    expect(names(listed.services.nodes)).toEqual(['web', 'worker']);
  });

  it('attaches tags and filters by them, then detaches', async () => {
    const attach = 'mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { name value entityType appId } } }';
    const attached = await call<{ attachTag: unknown }>(attach, { input: { entityType: 'SERVICE', entityId: ids.service, name: 'tier', value: 'frontend' } });
    expect(attached.attachTag).toEqual({ tagLink: { name: 'tier', value: 'frontend', entityType: 'SERVICE', appId: ids.application } });
    await call(attach, { input: { entityType: 'APPLICATION', entityId: ids.application, name: 'owner', value: 'platform' } });

    const filtered = await call<{ own: { nodes: { name: string }[] }; viaApp: { nodes: { name: string }[] }; apps: { nodes: { tags: unknown[] }[] } }>(
      `query($own: [ServiceFilter], $viaApp: [ServiceFilter], $apps: [ApplicationFilter]) {
        own: services(filters: $own, limit: 10) { nodes { name } }
        viaApp: services(filters: $viaApp, limit: 10) { nodes { name } }
        apps: applications(filters: $apps, limit: 10) { nodes { tags { name value } } }
      }`,
      {
        own: [{ tag: { entityType: 'SERVICE', tags: [{ name: 'tier', value: 'frontend' }] } }],
        viaApp: [{ tag: { entityType: 'APPLICATION', tags: [{ name: 'owner' }] } }],
        apps: [{ tag: { tags: [{ name: 'owner', value: 'platform' }] } }],
      },
    );
    expect(names(filtered.own.nodes)).toEqual(['web']);
    expect(names(filtered.viaApp.nodes)).toEqual(['web', 'worker']);
    expect(filtered.apps.nodes).toEqual([{ tags: [{ name: 'owner', value: 'platform' }] }]);

    await call('mutation($input: DetachTagInput!) { detachTag(input: $input) { clientMutationId } }', {
      input: { entityType: 'SERVICE', entityId: ids.service, name: 'tier' },
    });
    const after = await call<{ services: { nodes: unknown[] } }>('query($f: [ServiceFilter]) { services(filters: $f, limit: 10) { nodes { name } } }', {
      f: [{ tag: { entityType: 'SERVICE', tags: [{ name: 'tier' }] } }],
    });
    expect(after.services.nodes).toEqual([]);
  });

  it('turns git sync on with a git connector it learned from connectors\' events, and off again', async () => {
    const update = 'mutation($input: UpdateApplicationGitSyncConfigInput!) { updateApplicationGitSyncConfig(input: $input) { gitSyncConfig { branch syncEnabled gitConnector { id } } } }';
    const input = { applicationId: ids.application, gitConnectorId: 'git-e2e', branch: 'main', repositoryName: 'infra', syncEnabled: true };
    const unknown = await callGateway(stack, stack.demoApiKey, { query: update, variables: { input } });
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'Git Connector does not exist', extensions: { code: 'NOT_FOUND' } });

    // connectors-cloudproviders-artifacts announces its connectors on the stack's Redis; apps-services keeps a projection.
    const publisher = new DomainEventPublisher(redis.redis, { keyPrefix: stack.redisKeyPrefix });
    await publisher.publish(createDomainEvent('connector.created', { accountId: demoAccountId, connectorId: 'git-e2e', name: 'infra repo', connectorType: 'GIT' }));
    let answer = unknown;
    for (let attempt = 0; attempt < 100 && answer.body.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await callGateway(stack, stack.demoApiKey, { query: update, variables: { input } });
    }
    expect(data(answer)).toEqual({ updateApplicationGitSyncConfig: { gitSyncConfig: { branch: 'main', syncEnabled: true, gitConnector: { id: 'git-e2e' } } } });

    const off = await call('mutation($input: UpdateApplicationGitSyncConfigStatusInput!) { updateApplicationGitSyncConfigStatus(input: $input) { gitSyncConfig { syncEnabled } } }', {
      input: { applicationId: ids.application, syncEnabled: false },
    });
    expect(off).toEqual({ updateApplicationGitSyncConfigStatus: { gitSyncConfig: { syncEnabled: false } } });
    const read = await call<{ application: { gitSyncConfig: unknown } }>('query($id: String!) { application(applicationId: $id) { gitSyncConfig { branch repositoryName syncEnabled } } }', {
      id: ids.application,
    });
    expect(read.application.gitSyncConfig).toEqual({ branch: 'main', repositoryName: 'infra', syncEnabled: false });

    const removed = await call('mutation($input: RemoveApplicationGitSyncConfigInput!) { removeApplicationGitSyncConfig(input: $input) { application { gitSyncConfig { branch } } } }', {
      input: { applicationId: ids.application },
    });
    expect(removed).toEqual({ removeApplicationGitSyncConfig: { application: { gitSyncConfig: null } } });
  });

  it('shows another account none of it: its ids are not found, its lists are empty', async () => {
    const other = (query: string, variables?: Record<string, unknown>) => callGateway(stack, otherKey, { query, variables });
    const reads: [string, Record<string, unknown>, string][] = [
      ['query($id: String!) { application(applicationId: $id) { id } }', { id: ids.application }, 'Application does not exist'],
      ['query($id: String!) { service(serviceId: $id) { id } }', { id: ids.service }, 'Service does not exist'],
      ['query($id: String!) { environment(environmentId: $id) { id } }', { id: ids.environment }, 'Environment does not exist'],
      ['query($id: String!) { infrastructureDefinition(infrastructureId: $id) { id } }', { id: ids.infrastructure }, 'Infrastructure does not exist'],
      ['query($env: String!) { infrastructureDefinitionByName(infrastructureName: "prod-cluster", environmentId: $env) { id } }', { env: ids.environment }, 'Infrastructure does not exist'],
      ['{ tagByName(name: "owner") { id } }', {}, 'Tag does not exist'],
    ];
    for (const [query, variables, message] of reads) {
      const answer = await other(query, variables);
      expect(Object.values(answer.body.data ?? {})).toEqual([null]);
      // NOT_FOUND, never FORBIDDEN: the other account's store is not even asked about it.
      expect(answer.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'NOT_FOUND' } });
    }
    const lists = await other(`{
      applications(limit: 10) { nodes { id } } services(limit: 10) { nodes { id } } environments(limit: 10) { nodes { id } }
      infrastructureDefinitions(limit: 10) { nodes { id } } tags(limit: 10) { nodes { id } }
    }`);
    expect(lists.body.data).toEqual({
      applications: { nodes: [] },
      services: { nodes: [] },
      environments: { nodes: [] },
      infrastructureDefinitions: { nodes: [] },
      tags: { nodes: [] },
    });
    const write = await other('mutation($input: DeleteServiceInput!) { deleteService(input: $input) { clientMutationId } }', { input: { serviceId: ids.service } });
    expect(write.body.errors?.[0]).toMatchObject({ message: 'Service does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('deletes the application with everything it owns', async () => {
    await call('mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }', { input: { applicationId: ids.application } });
    const gone = await callGateway(stack, stack.demoApiKey, { query: 'query($id: String!) { service(serviceId: $id) { id } }', variables: { id: ids.service } });
    expect(gone.body.errors?.[0]).toMatchObject({ message: 'Service does not exist' });
    const lists = await call(`{
      applications(limit: 10) { nodes { id } } services(limit: 10) { nodes { id } } environments(limit: 10) { nodes { id } }
      infrastructureDefinitions(limit: 10) { nodes { id } }
    }`);
    expect(lists).toEqual({ applications: { nodes: [] }, services: { nodes: [] }, environments: { nodes: [] }, infrastructureDefinitions: { nodes: [] } });
  });
});
