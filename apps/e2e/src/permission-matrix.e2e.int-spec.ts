import { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import { PipelineRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

/**
 * The permission matrix (issue 9): four keys, each tied to one group, run the same operations across all five
 * subgraphs through the gateway. Every row names what each role gets, so a subgraph that skips its check fails a
 * named row. Writes are re-read with the admin key: a denied write must leave no trace.
 */

const ROLES = ['admin', 'appReader', 'nonProdServices', 'nobody'] as const;
type Role = (typeof ROLES)[number];

interface Seed {
  accountId: string;
  appA: string;
  appB: string;
  serviceA: string;
  prodEnvA: string;
  nonProdEnvA: string;
  secretId: string;
}

/** What a role gets: the operation's data (toEqual), or a denial (FORBIDDEN "User not authorized", data null). */
type Outcome = { data: unknown } | 'DENIED';
const DENIED = 'DENIED' as const;
const same = (data: unknown): Record<Role, Outcome> => ({ admin: { data }, appReader: { data }, nonProdServices: { data }, nobody: { data } });

interface Row {
  name: string;
  query: string;
  variables: (seed: Seed, role: Role) => Record<string, unknown>;
  expect: (seed: Seed) => Record<Role, Outcome>;
  /** Writes only: whether the role's write is visible afterwards (read with the admin key or the store). */
  written?: (seed: Seed, role: Role) => Promise<boolean>;
}

const names = (...values: string[]) => values.map((name) => ({ name }));
const sortedNames = (nodes: { name: string }[]) => nodes.map((node) => node.name).sort();

describe('permission matrix through the gateway (four roles, five subgraphs)', () => {
  let stack: Stack;
  let seed: Seed;
  const keys = {} as Record<Role, string>;

  const gql = (apiKey: string, query: string, variables: Record<string, unknown> = {}): Promise<GatewayAnswer> =>
    callGateway(stack, apiKey, { query, variables });
  const admin = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await gql(stack.demoApiKey, query, variables);
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data as T;
  };
  const adminRead = async (query: string, variables: Record<string, unknown>) => (await gql(stack.demoApiKey, query, variables)).body.data;

  const rows: Row[] = [
    // ---------------------------------------------------------------- apps-services (+ pipelines through federation)
    {
      name: 'application by id (the readable application)',
      query: 'query($id: String!) { application(applicationId: $id) { id name } }',
      variables: (s) => ({ id: s.appA }),
      expect: (s) => {
        const data = { data: { application: { id: s.appA, name: 'matrix-app-a' } } };
        return { admin: data, appReader: data, nonProdServices: data, nobody: DENIED };
      },
    },
    {
      name: 'application by id (the other application)',
      query: 'query($id: String!) { application(applicationId: $id) { id name } }',
      variables: (s) => ({ id: s.appB }),
      expect: (s) => {
        const data = { data: { application: { id: s.appB, name: 'matrix-app-b' } } };
        return { admin: data, appReader: DENIED, nonProdServices: data, nobody: DENIED };
      },
    },
    {
      name: 'applications list, with each one\'s pipelines',
      query: '{ applications(limit: 100) { nodes { name pipelines(limit: 10) { nodes { name } } } } }',
      variables: () => ({}),
      expect: () => {
        const both = [
          { name: 'matrix-app-a', pipelines: { nodes: names('matrix-pipeline-a') } },
          { name: 'matrix-app-b', pipelines: { nodes: names('matrix-pipeline-b') } },
        ];
        return {
          admin: { data: { applications: { nodes: both } } },
          appReader: { data: { applications: { nodes: [both[0]] } } },
          // Services and environments in every application, but no PIPELINE permission.
          nonProdServices: { data: { applications: { nodes: both.map(({ name }) => ({ name, pipelines: { nodes: [] } })) } } },
          nobody: { data: { applications: { nodes: [] } } },
        };
      },
    },
    {
      name: 'services list',
      query: '{ services(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      expect: () => ({
        admin: { data: { services: { nodes: names('matrix-service-a', 'matrix-service-b') } } },
        appReader: { data: { services: { nodes: names('matrix-service-a') } } },
        nonProdServices: { data: { services: { nodes: names('matrix-service-a', 'matrix-service-b') } } },
        nobody: { data: { services: { nodes: [] } } },
      }),
    },
    {
      name: 'environment (PROD)',
      query: 'query($id: String!) { environment(environmentId: $id) { id type } }',
      variables: (s) => ({ id: s.prodEnvA }),
      expect: (s) => {
        const data = { data: { environment: { id: s.prodEnvA, type: 'PROD' } } };
        return { admin: data, appReader: data, nonProdServices: DENIED, nobody: DENIED };
      },
    },
    {
      name: 'environment (NON_PROD)',
      query: 'query($id: String!) { environment(environmentId: $id) { id type } }',
      variables: (s) => ({ id: s.nonProdEnvA }),
      expect: (s) => {
        const data = { data: { environment: { id: s.nonProdEnvA, type: 'NON_PROD' } } };
        return { admin: data, appReader: data, nonProdServices: data, nobody: DENIED };
      },
    },
    {
      name: 'updateApplication',
      query: 'mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { description } } }',
      variables: (s, role) => ({ input: { applicationId: s.appA, description: `by ${role}` } }),
      expect: () => ({
        admin: { data: { updateApplication: { application: { description: 'by admin' } } } },
        appReader: DENIED,
        nonProdServices: DENIED,
        nobody: DENIED,
      }),
      written: async (s, role) => {
        const data = (await adminRead('query($id: String!) { application(applicationId: $id) { description } }', { id: s.appA })) as {
          application: { description: string };
        };
        return data.application.description === `by ${role}`;
      },
    },
    {
      name: 'updateService',
      query: 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { description } } }',
      variables: (s, role) => ({ input: { serviceId: s.serviceA, description: `by ${role}` } }),
      expect: () => ({
        admin: { data: { updateService: { service: { description: 'by admin' } } } },
        appReader: DENIED,
        // A service change names no environment: SERVICE UPDATE alone decides (see the README's permission section).
        nonProdServices: { data: { updateService: { service: { description: 'by nonProdServices' } } } },
        nobody: DENIED,
      }),
      written: async (s, role) => {
        const data = (await adminRead('query($id: String!) { service(serviceId: $id) { description } }', { id: s.serviceA })) as {
          service: { description: string };
        };
        return data.service.description === `by ${role}`;
      },
    },
    ...(['PROD', 'NON_PROD'] as const).map(
      (type): Row => ({
        name: `updateEnvironment (${type})`,
        query: 'mutation($input: UpdateEnvironmentInput!) { updateEnvironment(input: $input) { environment { description } } }',
        variables: (s, role) => ({ input: { environmentId: type === 'PROD' ? s.prodEnvA : s.nonProdEnvA, description: `by ${role}` } }),
        expect: () => ({
          admin: { data: { updateEnvironment: { environment: { description: 'by admin' } } } },
          appReader: DENIED,
          nonProdServices: type === 'PROD' ? DENIED : { data: { updateEnvironment: { environment: { description: 'by nonProdServices' } } } },
          nobody: DENIED,
        }),
        written: async (s, role) => {
          const id = type === 'PROD' ? s.prodEnvA : s.nonProdEnvA;
          const data = (await adminRead('query($id: String!) { environment(environmentId: $id) { description } }', { id })) as {
            environment: { description: string };
          };
          return data.environment.description === `by ${role}`;
        },
      }),
    ),
    // ---------------------------------------------------------------- identity-users-groups
    {
      name: 'users',
      query: '{ users(limit: 100) { nodes { email } } }',
      variables: () => ({}),
      expect: () => ({
        admin: { data: { users: { nodes: [{ email: 'admin@demo.local' }] } } },
        appReader: DENIED,
        nonProdServices: DENIED,
        nobody: DENIED,
      }),
    },
    {
      name: 'userGroups',
      query: '{ userGroups(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      expect: () => ({
        admin: { data: { userGroups: { nodes: expect.arrayContaining(names('Account Administrator', ...ROLES.map((role) => `matrix-${role}`))) } } },
        appReader: DENIED,
        nonProdServices: DENIED,
        nobody: DENIED,
      }),
    },
    {
      name: 'createUserGroup',
      query: 'mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { name } } }',
      variables: (_, role) => ({ input: { name: `made by ${role}` } }),
      expect: () => ({ admin: { data: { createUserGroup: { userGroup: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (_, role) => {
        const data = (await adminRead('query($name: String!) { userGroupByName(name: $name) { id } }', { name: `made by ${role}` })) as {
          userGroupByName: { id: string } | null;
        } | null;
        return Boolean(data?.userGroupByName);
      },
    },
    {
      name: 'createApiKey',
      query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { name apiKey } }',
      variables: (s, role) => ({ input: { accountId: s.accountId, name: `made by ${role}` } }),
      expect: () => ({
        admin: { data: { createApiKey: { name: 'made by admin', apiKey: expect.any(String) } } },
        appReader: DENIED,
        nonProdServices: DENIED,
        nobody: DENIED,
      }),
      // No query lists keys (the reference has none): ask the store.
      written: async (s, role) => Boolean(await new ApiKeyRepository(await stack.database('identity-users-groups')).byName(s.accountId, `made by ${role}`)),
    },
    // ---------------------------------------------------------------- secrets
    {
      name: 'secret by id',
      query: 'query($id: String!) { secret(secretId: $id, secretType: ENCRYPTED_TEXT) { id name } }',
      variables: (s) => ({ id: s.secretId }),
      // Metadata only, never a value: every principal of the account (README, secrets' permissions).
      expect: (s) => same({ secret: { id: s.secretId, name: 'matrix-secret' } }),
    },
    {
      name: 'secretManagers',
      query: '{ secretManagers(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      expect: () => same({ secretManagers: { nodes: expect.any(Array) } }),
    },
    {
      name: 'createSecret',
      query: 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { name } } }',
      variables: (_, role) => ({ input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: `made by ${role}`, value: 'v' } } }),
      expect: () => ({ admin: { data: { createSecret: { secret: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (_, role) => {
        const data = (await adminRead('query($name: String!) { secretByName(name: $name, secretType: ENCRYPTED_TEXT) { id } }', { name: `made by ${role}` })) as {
          secretByName: { id: string } | null;
        } | null;
        return Boolean(data?.secretByName);
      },
    },
    // ---------------------------------------------------------------- connectors-cloudproviders-artifacts
    {
      name: 'connectors list',
      query: '{ connectors(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      // Account settings are shown to every principal of the account (README, connectors' permissions).
      expect: () => same({ connectors: { nodes: expect.arrayContaining(names('matrix-docker')) } }),
    },
    {
      name: 'cloudProviders',
      query: '{ cloudProviders(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      expect: () => same({ cloudProviders: { nodes: names('matrix-data-center') } }),
    },
    {
      name: 'createConnector',
      query: 'mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { name } } }',
      variables: (_, role) => ({ input: { connectorType: 'DOCKER', dockerConnector: { name: `made by ${role}`, URL: 'https://registry.example.com' } } }),
      expect: () => ({ admin: { data: { createConnector: { connector: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (_, role) => {
        const data = (await adminRead('{ connectors(limit: 100) { nodes { name } } }', {})) as { connectors: { nodes: { name: string }[] } };
        return sortedNames(data.connectors.nodes).includes(`made by ${role}`);
      },
    },
    {
      name: 'createCloudProvider',
      query: 'mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { name } } }',
      variables: (_, role) => ({ input: { cloudProviderType: 'PHYSICAL_DATA_CENTER', physicalDataCenterCloudProvider: { name: `made by ${role}` } } }),
      expect: () => ({ admin: { data: { createCloudProvider: { cloudProvider: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (_, role) => {
        const data = (await adminRead('{ cloudProviders(limit: 100) { nodes { name } } }', {})) as { cloudProviders: { nodes: { name: string }[] } };
        return sortedNames(data.cloudProviders.nodes).includes(`made by ${role}`);
      },
    },
    // ---------------------------------------------------------------- pipelines-workflows-executions
    {
      name: 'workflows list',
      query: '{ workflows(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      // WORKFLOW READ, by application: a permission of type ALL covers every entity of its applications.
      expect: () => ({
        admin: { data: { workflows: { nodes: names('matrix-workflow-a', 'matrix-workflow-b') } } },
        appReader: { data: { workflows: { nodes: names('matrix-workflow-a') } } },
        nonProdServices: { data: { workflows: { nodes: [] } } },
        nobody: { data: { workflows: { nodes: [] } } },
      }),
    },
    {
      name: 'pipelines list',
      query: '{ pipelines(limit: 100) { nodes { name } } }',
      variables: () => ({}),
      expect: () => ({
        admin: { data: { pipelines: { nodes: names('matrix-pipeline-a', 'matrix-pipeline-b') } } },
        appReader: { data: { pipelines: { nodes: names('matrix-pipeline-a') } } },
        nonProdServices: { data: { pipelines: { nodes: [] } } },
        nobody: { data: { pipelines: { nodes: [] } } },
      }),
    },
    {
      name: 'createWorkflow in application A',
      query: 'mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { name } } }',
      variables: (s, role) => ({ input: { applicationId: s.appA, name: `made by ${role}`, workflowType: 'BASIC' } }),
      // WORKFLOW CREATE on the application.
      expect: () => ({ admin: { data: { createWorkflow: { workflow: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (s, role) => {
        const data = (await adminRead(`{ workflows(limit: 100, filters: [{ application: { operator: EQUALS, values: ["${s.appA}"] } }]) { nodes { name } } }`, {})) as {
          workflows: { nodes: { name: string }[] };
        };
        return sortedNames(data.workflows.nodes).includes(`made by ${role}`);
      },
    },
    {
      name: 'createPipeline in application A',
      query: 'mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { name } } }',
      variables: (s, role) => ({ input: { applicationId: s.appA, name: `made by ${role}` } }),
      expect: () => ({ admin: { data: { createPipeline: { pipeline: { name: 'made by admin' } } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      written: async (s, role) => {
        const data = (await adminRead(`{ pipelines(limit: 100, filters: [{ application: { operator: EQUALS, values: ["${s.appA}"] } }]) { nodes { name } } }`, {})) as {
          pipelines: { nodes: { name: string }[] };
        };
        return sortedNames(data.pipelines.nodes).includes(`made by ${role}`);
      },
    },
    {
      name: 'delegateList',
      query: '{ delegateList(limit: 100) { nodes { delegateName } } }',
      variables: () => ({}),
      // Like connectors and cloud providers: an account setting every principal of the account may see.
      expect: () => same({ delegateList: { nodes: [] } }),
    },
    {
      name: 'createDelegateToken',
      query: 'mutation($input: CreateDelegateTokenInput!) { createDelegateToken(input: $input) { name token } }',
      variables: (_, role) => ({ input: { name: `made by ${role}` } }),
      // A token joins a process to the account's delegates: MANAGE_DELEGATES.
      expect: () => ({ admin: { data: { createDelegateToken: { name: 'made by admin', token: expect.any(String) } } }, appReader: DENIED, nonProdServices: DENIED, nobody: DENIED }),
      // No query lists tokens: ask the store.
      written: async (s, role) =>
        (await (await stack.database('pipelines-workflows-executions')).collection('delegate_tokens').countDocuments({ accountId: s.accountId, name: `made by ${role}` })) === 1,
    },
  ];

  beforeAll(async () => {
    stack = await startStack();
    const identity = await stack.database('identity-users-groups');
    const accountId = (await new AccountRepository(identity).demo())!.id;

    type Created<K extends string> = Record<K, Record<string, { id: string }>>;
    const createApp = async (name: string) =>
      (await admin<Created<'createApplication'>>('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }', {
        input: { name },
      })).createApplication.application.id;
    const createService = async (applicationId: string, name: string) =>
      (await admin<Created<'createService'>>('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId, name, deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })).createService.service.id;
    const createEnvironment = async (applicationId: string, name: string, environmentType: 'PROD' | 'NON_PROD') =>
      (await admin<Created<'createEnvironment'>>('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId, name, environmentType },
      })).createEnvironment.environment.id;

    const appA = await createApp('matrix-app-a');
    const appB = await createApp('matrix-app-b');
    const serviceA = await createService(appA, 'matrix-service-a');
    await createService(appB, 'matrix-service-b');
    const prodEnvA = await createEnvironment(appA, 'matrix-prod', 'PROD');
    const nonProdEnvA = await createEnvironment(appA, 'matrix-qa', 'NON_PROD');
    const secretId = (
      await admin<Created<'createSecret'>>('mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }', {
        input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'matrix-secret', value: 'hunter2' } },
      })
    ).createSecret.secret.id;
    await admin('mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { id } } }', {
      input: { connectorType: 'DOCKER', dockerConnector: { name: 'matrix-docker', URL: 'https://registry.example.com' } },
    });
    await admin('mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { id } } }', {
      input: { cloudProviderType: 'PHYSICAL_DATA_CENTER', physicalDataCenterCloudProvider: { name: 'matrix-data-center' } },
    });
    // No API creates a pipeline (API.md has no such mutation): seed one per application in the store.
    const pipelines = new PipelineRepository(await stack.database('pipelines-workflows-executions'));
    await pipelines.create(accountId, { applicationId: appA, name: 'matrix-pipeline-a', description: null });
    await pipelines.create(accountId, { applicationId: appB, name: 'matrix-pipeline-b', description: null });
    const workflows = new WorkflowRepository(await stack.database('pipelines-workflows-executions'));
    for (const [applicationId, name] of [[appA, 'matrix-workflow-a'], [appB, 'matrix-workflow-b']]) {
      await workflows.create(accountId, { applicationId, name, description: null, workflowType: 'BASIC', environmentId: null, variables: [], phases: [], createdBy: null });
    }
    // Workflow and pipeline writes check their application against the catalog apps-services' events feed: wait until
    // application A is in it (a create without a name is refused for the name only once the application is known).
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const probe = await gql(stack.demoApiKey, 'mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
        input: { applicationId: appA, name: ' ', workflowType: 'BASIC' },
      });
      if (probe.body.errors?.[0]?.extensions?.code !== 'NOT_FOUND') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    seed = { accountId, appA, appB, serviceA, prodEnvA, nonProdEnvA, secretId };

    const allApps = { filterType: 'ALL' };
    const permissions: Record<Role, unknown> = {
      admin: {
        accountPermissions: { accountPermissionTypes: ['CREATE_AND_DELETE_APPLICATION', 'READ_USERS_AND_GROUPS', 'MANAGE_USERS_AND_GROUPS', 'MANAGE_API_KEYS', 'MANAGE_SECRETS', 'MANAGE_SECRET_MANAGERS', 'MANAGE_SSH_AND_WINRM', 'MANAGE_CONNECTORS', 'MANAGE_CLOUD_PROVIDERS', 'MANAGE_DELEGATES', 'MANAGE_TAGS'] },
        appPermissions: [{ permissionType: 'ALL', applications: allApps, actions: ['CREATE', 'READ', 'UPDATE', 'DELETE', 'EXECUTE_PIPELINE', 'EXECUTE_WORKFLOW'] }],
      },
      appReader: { appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'SELECTED', appIds: [appA] }, actions: ['READ'] }] },
      // libs/shared/permissions hasAppPermission: services in non-production environments only.
      nonProdServices: {
        appPermissions: [
          { permissionType: 'SERVICE', applications: allApps, services: { filterType: 'ALL' }, actions: ['READ', 'UPDATE'] },
          { permissionType: 'ENV', applications: allApps, environments: { filterTypes: ['NON_PRODUCTION_ENVIRONMENTS'] }, actions: ['READ', 'UPDATE'] },
        ],
      },
      nobody: {},
    };
    for (const role of ROLES) {
      const group = await admin<Created<'createUserGroup'>>('mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } } }', {
        input: { name: `matrix-${role}`, permissions: permissions[role] },
      });
      const key = await admin<{ createApiKey: { apiKey: string } }>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey } }', {
        input: { accountId, name: `matrix-${role}`, userGroupIds: [group.createUserGroup.userGroup.id] },
      });
      keys[role] = key.createApiKey.apiKey;
    }
  });

  afterAll(() => stack?.stop());

  describe.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    it.each(ROLES.map((role) => [role]))('as %s', async (role) => {
      const expected = row.expect(seed)[role];
      const answer = await gql(keys[role], row.query, row.variables(seed, role));
      expect(answer.status).toBe(200);
      if (expected === DENIED) {
        expect(answer.body.errors).toEqual([expect.objectContaining({ message: 'User not authorized', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
        expect(Object.values(answer.body.data ?? {}).every((value) => value === null)).toBe(true);
      } else {
        expect(answer.body.errors).toBeUndefined();
        const sorted = JSON.parse(JSON.stringify(answer.body.data), (_key, value: unknown) =>
          Array.isArray(value) && value.every((node) => typeof node?.name === 'string') ? [...value].sort((a, b) => a.name.localeCompare(b.name)) : value,
        );
        expect(sorted).toEqual(expected.data);
      }
      if (row.written) expect(await row.written(seed, role)).toBe(expected !== DENIED);
    });
  });
});
