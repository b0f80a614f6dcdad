import { NO_PERMISSIONS, type ApplicationPermission, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from './subgraph';
import { callerIn, firstError, fixtures, names } from './testing';

const ACCOUNT = 'acc-perm';
const admin = callerIn(ACCOUNT);
const as = (id: string, permissions: PermissionSet) => callerIn(ACCOUNT, { id, permissions });
const appPermissions = (...appPermissions: ApplicationPermission[]): PermissionSet => ({ accountPermissions: [], appPermissions });

const FORBIDDEN = { message: 'User not authorized', extensions: { code: 'FORBIDDEN' } };

describe('permissions of apps-services (real store)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;
  let appA: string;
  let appB: string;
  let serviceA: string;
  let serviceB: string;
  let prodA: string;
  let qaA: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
    make = fixtures(subgraph);
    appA = await make.application(admin, 'perm-a');
    appB = await make.application(admin, 'perm-b');
    serviceA = await make.service(admin, appA, 'svc-a');
    serviceB = await make.service(admin, appB, 'svc-b');
    prodA = await make.environment(admin, appA, 'prod', 'PROD');
    qaA = await make.environment(admin, appA, 'qa', 'NON_PROD');
    await make.infrastructure(admin, prodA, 'prod-cluster');
    await make.infrastructure(admin, qaA, 'qa-cluster');
    await make.tag(admin, 'SERVICE', serviceA, 'team', 'core');
  });
  afterAll(() => subgraph.dispose());

  it('refuses every write to a caller without permissions, and changes nothing', async () => {
    const nobody = as('u-nobody', NO_PERMISSIONS);
    const writes: [string, Record<string, unknown>][] = [
      ['mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }', { name: 'sneaky' }],
      ['mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { id } } }', { applicationId: appA, name: 'renamed' }],
      ['mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }', { applicationId: appA }],
      ['mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', { applicationId: appA, name: 'x', deploymentType: 'SSH' }],
      ['mutation($input: DeleteServiceInput!) { deleteService(input: $input) { clientMutationId } }', { serviceId: serviceA }],
      ['mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', { applicationId: appA, name: 'x', environmentType: 'PROD' }],
      ['mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { name } } }', { entityType: 'SERVICE', entityId: serviceA, name: 'team', value: 'x' }],
      ['mutation($input: DetachTagInput!) { detachTag(input: $input) { clientMutationId } }', { entityType: 'SERVICE', entityId: serviceA, name: 'team' }],
    ];
    for (const [mutation, input] of writes) expect(firstError(await subgraph.query(nobody, mutation, { input }))).toMatchObject(FORBIDDEN);

    const after = await make.ok<{ applications: { nodes: { name: string }[] }; service: { tags: unknown[] } }>(
      admin,
      'query($s: String!) { applications(limit: 10) { nodes { name } } service(serviceId: $s) { tags { name value } } }',
      { s: serviceA },
    );
    expect(names(after.applications.nodes)).toEqual(['perm-a', 'perm-b']);
    expect(after.service.tags).toEqual([{ name: 'team', value: 'core' }]);
  });

  it('shows a caller without permissions no lists and refuses its single reads', async () => {
    const nobody = as('u-nobody', NO_PERMISSIONS);
    const lists = await subgraph.query(nobody, '{ applications(limit: 10) { pageInfo { total } nodes { id } } services(limit: 10) { nodes { id } } environments(limit: 10) { nodes { id } } infrastructureDefinitions(limit: 10) { nodes { id } } }');
    expect(lists.body.data).toEqual({
      applications: { pageInfo: { total: 0 }, nodes: [] },
      services: { nodes: [] },
      environments: { nodes: [] },
      infrastructureDefinitions: { nodes: [] },
    });
    expect(firstError(await subgraph.query(nobody, 'query($id: String!) { application(applicationId: $id) { id } }', { id: appA }))).toMatchObject(FORBIDDEN);
    expect(firstError(await subgraph.query(nobody, 'query($id: String!) { service(serviceId: $id) { id } }', { id: serviceA }))).toMatchObject(FORBIDDEN);
  });

  it('limits a reader of one application to it, in lists, nested lists and reads', async () => {
    const reader = as('u-reader', appPermissions({ permissionType: 'ALL', applications: { filterType: 'SELECTED', appIds: [appA] }, actions: ['READ'] }));
    const data = await make.ok<{ applications: { nodes: { name: string; services: { nodes: { name: string }[] } }[] }; services: { nodes: { name: string }[] } }>(
      reader,
      '{ applications(limit: 10) { nodes { name services(limit: 10) { nodes { name } } } } services(limit: 10) { nodes { name } } }',
    );
    expect(data.applications.nodes).toEqual([{ name: 'perm-a', services: { nodes: [{ name: 'svc-a' }] } }]);
    expect(names(data.services.nodes)).toEqual(['svc-a']);
    expect(firstError(await subgraph.query(reader, 'query($id: String!) { service(serviceId: $id) { id } }', { id: serviceB }))).toMatchObject(FORBIDDEN);
    const update = await subgraph.query(reader, 'mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { name } } }', {
      input: { applicationId: appA, name: 'renamed' },
    });
    expect(firstError(update)).toMatchObject(FORBIDDEN);
  });

  it('limits environment permissions by environment type, for environments and their infrastructure definitions', async () => {
    const nonProd = as(
      'u-nonprod',
      appPermissions({
        permissionType: 'ENV',
        applications: { filterType: 'ALL' },
        environments: { filterTypes: ['NON_PRODUCTION_ENVIRONMENTS'] },
        actions: ['CREATE', 'READ', 'UPDATE', 'DELETE'],
      }),
    );
    const lists = await make.ok<{ environments: { nodes: { name: string }[] }; infrastructureDefinitions: { nodes: { name: string }[] } }>(
      nonProd,
      '{ environments(limit: 10) { nodes { name } } infrastructureDefinitions(limit: 10) { nodes { name } } }',
    );
    expect(names(lists.environments.nodes)).toEqual(['qa']);
    expect(names(lists.infrastructureDefinitions.nodes)).toEqual(['qa-cluster']);

    const create = 'mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { name type } } }';
    expect(firstError(await subgraph.query(nonProd, create, { input: { applicationId: appA, name: 'prod-2', environmentType: 'PROD' } }))).toMatchObject(FORBIDDEN);
    const made = await make.ok<{ createEnvironment: { environment: { name: string; type: string } } }>(nonProd, create, {
      input: { applicationId: appA, name: 'qa-2', environmentType: 'NON_PROD' },
    });
    expect(made.createEnvironment.environment).toEqual({ name: 'qa-2', type: 'NON_PROD' });

    // Making a non-production environment a production one needs the permission for production too.
    const promote = await subgraph.query(nonProd, 'mutation($input: UpdateEnvironmentInput!) { updateEnvironment(input: $input) { environment { type } } }', {
      input: { environmentId: qaA, environmentType: 'PROD' },
    });
    expect(firstError(promote)).toMatchObject(FORBIDDEN);
    const infra = 'mutation($input: CreateInfrastructureDefinitionInput!) { createInfrastructureDefinition(input: $input) { infrastructureDefinition { name } } }';
    expect(firstError(await subgraph.query(nonProd, infra, { input: { environmentId: prodA, name: 'x', deploymentType: 'KUBERNETES' } }))).toMatchObject(FORBIDDEN);
  });

  it('needs the entity\'s UPDATE to tag it, and MANAGE_TAGS for a tag name the account has not used', async () => {
    const serviceEditor = as('u-editor', appPermissions({ permissionType: 'SERVICE', applications: { filterType: 'ALL' }, actions: ['READ', 'UPDATE'] }));
    const attach = 'mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { name value } } }';
    const existing = await make.ok(serviceEditor, attach, { input: { entityType: 'SERVICE', entityId: serviceB, name: 'team', value: 'edge' } });
    expect(existing).toEqual({ attachTag: { tagLink: { name: 'team', value: 'edge' } } });
    expect(firstError(await subgraph.query(serviceEditor, attach, { input: { entityType: 'SERVICE', entityId: serviceB, name: 'brand-new' } }))).toMatchObject(FORBIDDEN);
    expect(firstError(await subgraph.query(serviceEditor, attach, { input: { entityType: 'APPLICATION', entityId: appB, name: 'team' } }))).toMatchObject(FORBIDDEN);
    const tagNames = await make.ok<{ tags: { nodes: { name: string }[] } }>(admin, '{ tags(limit: 10) { nodes { name } } }');
    expect(names(tagNames.tags.nodes)).toEqual(['team']);
  });

  it('needs the right to execute every workflow and pipeline of every application to tag a trigger (its target is not known here)', async () => {
    const attach = 'mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { name entityType } } }';
    const input = { entityType: 'TRIGGER', entityId: 'tr-perm', name: 'team', value: 'core' };
    const executeWorkflows: ApplicationPermission = { permissionType: 'WORKFLOW', applications: { filterType: 'ALL' }, actions: ['READ', 'EXECUTE_WORKFLOW'] };
    const executePipelines: ApplicationPermission = { permissionType: 'PIPELINE', applications: { filterType: 'ALL' }, actions: ['READ', 'EXECUTE_PIPELINE'] };
    const workflowsOnly = as('u-wf-exec', appPermissions(executeWorkflows));
    const oneApplication = as('u-one-app', appPermissions(executeWorkflows, { ...executePipelines, applications: { filterType: 'SELECTED', appIds: [appA] } }));
    const updaters = as('u-updaters', appPermissions(
      { permissionType: 'WORKFLOW', applications: { filterType: 'ALL' }, actions: ['UPDATE'] },
      { permissionType: 'PIPELINE', applications: { filterType: 'ALL' }, actions: ['UPDATE'] },
    ));
    for (const caller of [workflowsOnly, oneApplication, updaters]) {
      expect(firstError(await subgraph.query(caller, attach, { input }))).toMatchObject(FORBIDDEN);
    }
    const executor = as('u-executor', appPermissions(executeWorkflows, executePipelines));
    expect(await make.ok(executor, attach, { input })).toEqual({ attachTag: { tagLink: { name: 'team', entityType: 'TRIGGER' } } });
    const detach = 'mutation($input: DetachTagInput!) { detachTag(input: $input) { clientMutationId } }';
    expect(firstError(await subgraph.query(workflowsOnly, detach, { input: { entityType: 'TRIGGER', entityId: 'tr-perm', name: 'team' } }))).toMatchObject(FORBIDDEN);
  });

  it('needs the application\'s UPDATE for git sync', async () => {
    const reader = as('u-reader', appPermissions({ permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: ['READ'] }));
    const response = await subgraph.query(
      reader,
      'mutation($input: UpdateApplicationGitSyncConfigStatusInput!) { updateApplicationGitSyncConfigStatus(input: $input) { gitSyncConfig { syncEnabled } } }',
      { input: { applicationId: appA, syncEnabled: true } },
    );
    expect(firstError(response)).toMatchObject(FORBIDDEN);
  });
});
