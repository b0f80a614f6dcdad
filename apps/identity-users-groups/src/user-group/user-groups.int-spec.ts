import { AccountRepository, UserGroupRepository } from '@fg/identity-users-groups/data-access';
import type { Principal } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal } from '@fg/testing';
import { identitySubgraph } from '../subgraph';

const PERMISSIONS = `permissions {
  accountPermissions { accountPermissionTypes }
  appPermissions {
    permissionType actions
    applications { filterType appIds }
    services { filterType serviceIds }
    environments { filterTypes envIds }
    workflows { filterTypes envIds workflowIds }
    deployments { filterTypes envIds executableElementFilter { executableElementType ids executableElementFilterType } }
    pipelines { filterTypes envIds pipelineIds }
    provisioners { filterType provisionerIds }
    templates { filterType templateIds }
  }
}`;
const GROUP = `id name description importedByScim isSSOLinked
  ssoSetting { ssoProviderId ... on LDAPSettings { groupName groupDN } ... on SAMLSettings { groupName } }
  notificationSettings { sendNotificationToMembers sendMailToNewMembers groupEmailAddresses microsoftTeamsWebhookUrl pagerDutyIntegrationKey slackNotificationSetting { slackChannelName slackWebhookURL } }
  users(limit: 10) { pageInfo { total } nodes { email } }
  ${PERMISSIONS}`;
const CREATE_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { clientMutationId userGroup { ${GROUP} } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;

const NO_FILTERS = { services: null, environments: null, workflows: null, deployments: null, pipelines: null, provisioners: null, templates: null };

describe('user groups and their permissions (real store)', () => {
  let subgraph: TestSubgraph;
  let admin: Principal;
  let other: Principal;
  let ldapId: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY: 'groups-spec-demo-key-0123456789' });
    const accounts = new AccountRepository(subgraph.connection);
    const acme = await accounts.create('Acme', 'PAID', false, [
      { name: 'Corporate LDAP', ssoType: 'LDAP' },
      { name: 'Okta', ssoType: 'SAML' },
    ]);
    ldapId = acme.ssoProviders[0].id;
    admin = testPrincipal(acme.id, { kind: 'user', id: 'acme-admin', permissions: ACCOUNT_ADMINISTRATOR });
    other = testPrincipal((await accounts.create('Other', 'PAID')).id, { kind: 'user', id: 'other-admin', permissions: ACCOUNT_ADMINISTRATOR });
  });
  afterAll(() => subgraph.dispose());

  const createUser = async (email: string) =>
    (await subgraph.query<{ createUser: { user: { id: string } } }>(admin, CREATE_USER, { input: { name: email, email } })).body.data!.createUser.user.id;

  it('creates a group with members (pending invitees too), SSO link, notification settings and every filter type', async () => {
    const invitee = await createUser('invitee@acme.test');
    const { body } = await subgraph.query(admin, CREATE_GROUP, {
      input: {
        clientMutationId: 'g1',
        name: 'Release managers',
        description: 'They ship',
        userIds: [invitee],
        ssoSetting: { ldapSettings: { ssoProviderId: ldapId, groupName: 'release', groupDN: 'cn=release,dc=acme' } },
        notificationSettings: {
          sendNotificationToMembers: true,
          groupEmailAddresses: ['release@acme.test'],
          slackNotificationSetting: { slackChannelName: '#release', slackWebhookURL: 'https://hooks.slack.test/x' },
        },
        permissions: {
          accountPermissions: { accountPermissionTypes: ['MANAGE_SECRETS', 'READ_USERS_AND_GROUPS'] },
          appPermissions: [
            { permissionType: 'SERVICE', applications: { filterType: 'SELECTED', appIds: ['app-1'] }, services: { serviceIds: ['svc-1'] }, actions: ['UPDATE', 'READ'] },
            { permissionType: 'ENV', applications: { filterType: 'ALL' }, environments: { filterTypes: ['NON_PRODUCTION_ENVIRONMENTS'] }, actions: ['READ'] },
            { permissionType: 'WORKFLOW', applications: { filterType: 'ALL' }, workflows: { filterTypes: ['WORKFLOW_TEMPLATES'], workflowIds: ['wf-1'] }, actions: ['EXECUTE_WORKFLOW'] },
            {
              permissionType: 'DEPLOYMENT',
              applications: { filterType: 'EXCLUDE_SELECTED', appIds: ['app-9'] },
              deployments: { filterTypes: ['PRODUCTION_ENVIRONMENTS'], envIds: ['env-1'], executableElementFilter: { executableElementType: 'PIPELINE', ids: ['p-1'], executableElementFilterType: 'ALL' } },
              actions: ['EXECUTE_PIPELINE'],
            },
            { permissionType: 'PIPELINE', applications: { filterType: 'ALL' }, pipelines: { filterTypes: ['ALL_PIPELINES'] }, actions: ['READ'] },
            { permissionType: 'PROVISIONER', applications: { filterType: 'ALL' }, provisioners: { filterType: 'ALL' }, actions: ['DELETE'] },
            { permissionType: 'TEMPLATE', applications: { filterType: 'ALL' }, templates: { templateIds: ['t-1'] }, actions: ['CREATE'] },
          ],
        },
      },
    });
    expect(body.errors).toBeUndefined();
    const group = (body.data as { createUserGroup: { userGroup: Record<string, unknown> } }).createUserGroup.userGroup;
    expect(group).toMatchObject({
      name: 'Release managers',
      description: 'They ship',
      importedByScim: false,
      isSSOLinked: true,
      ssoSetting: { ssoProviderId: ldapId, groupName: 'release', groupDN: 'cn=release,dc=acme' },
      notificationSettings: {
        sendNotificationToMembers: true,
        sendMailToNewMembers: false,
        groupEmailAddresses: ['release@acme.test'],
        microsoftTeamsWebhookUrl: null,
        pagerDutyIntegrationKey: null,
        slackNotificationSetting: { slackChannelName: '#release', slackWebhookURL: 'https://hooks.slack.test/x' },
      },
      users: { pageInfo: { total: 1 }, nodes: [{ email: 'invitee@acme.test' }] },
    });
    const permissions = group.permissions as { accountPermissions: unknown; appPermissions: Record<string, unknown>[] };
    expect(permissions.accountPermissions).toEqual({ accountPermissionTypes: ['READ_USERS_AND_GROUPS', 'MANAGE_SECRETS'] });
    expect(permissions.appPermissions).toHaveLength(7);
    expect(permissions.appPermissions).toContainEqual({
      ...NO_FILTERS,
      permissionType: 'SERVICE',
      actions: ['READ', 'UPDATE'],
      applications: { filterType: 'SELECTED', appIds: ['app-1'] },
      services: { filterType: null, serviceIds: ['svc-1'] },
    });
    expect(permissions.appPermissions).toContainEqual({
      ...NO_FILTERS,
      permissionType: 'DEPLOYMENT',
      actions: ['EXECUTE_PIPELINE'],
      applications: { filterType: 'EXCLUDE_SELECTED', appIds: ['app-9'] },
      deployments: {
        filterTypes: ['PRODUCTION_ENVIRONMENTS'],
        envIds: ['env-1'],
        executableElementFilter: { executableElementType: 'PIPELINE', ids: ['p-1'], executableElementFilterType: 'ALL' },
      },
    });
    expect(permissions.appPermissions).toContainEqual({
      ...NO_FILTERS,
      permissionType: 'WORKFLOW',
      actions: ['EXECUTE_WORKFLOW'],
      applications: { filterType: 'ALL', appIds: null },
      workflows: { filterTypes: ['WORKFLOW_TEMPLATES'], envIds: null, workflowIds: ['wf-1'] },
    });

    const byName = await subgraph.query(admin, `{ userGroupByName(name: "Release managers") { ${GROUP} } }`);
    expect(byName.body.data).toEqual({ userGroupByName: group });
    const byId = await subgraph.query(admin, `{ userGroup(userGroupId: "${group.id}") { name } }`);
    expect(byId.body.data).toEqual({ userGroup: { name: 'Release managers' } });
  });

  it('refuses a taken name, a blank name, unknown users and unknown SSO providers', async () => {
    await subgraph.query(admin, CREATE_GROUP, { input: { name: 'Taken' } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 'Taken' }, 'CONFLICT', 'A user group named "Taken" already exists'],
      [{ name: ' ' }, 'BAD_USER_INPUT', 'User group name must not be empty'],
      [{ name: 'G', userIds: ['nobody'] }, 'BAD_USER_INPUT', 'User does not exist: nobody'],
      [{ name: 'G', ssoSetting: { samlSettings: { ssoProviderId: 'nope', groupName: 'x' } } }, 'BAD_USER_INPUT', 'SSO Provider does not exist: nope'],
      [{ name: 'G', ssoSetting: { samlSettings: { ssoProviderId: ldapId, groupName: 'x' } } }, 'BAD_USER_INPUT', `SSO Provider ${ldapId} is not a SAML provider`],
      [
        { name: 'G', permissions: { appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'SELECTED' }, actions: ['READ'] }] } },
        'BAD_USER_INPUT',
        'applications.appIds must not be empty with filterType SELECTED',
      ],
    ];
    for (const [input, code, message] of cases) {
      const { body } = await subgraph.query(admin, CREATE_GROUP, { input });
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
  });

  it('updates partially, adds and removes members, adds account and application permissions, replaces them, then deletes', async () => {
    const created = await subgraph.query<{ createUserGroup: { userGroup: { id: string } } }>(admin, CREATE_GROUP, {
      input: { name: 'Ops', description: 'first', notificationSettings: { pagerDutyIntegrationKey: 'pd-1' } },
    });
    const id = created.body.data!.createUserGroup.userGroup.id;
    const member = await createUser('ops-member@acme.test');

    const renamed = await subgraph.query(admin, `mutation { updateUserGroup(input: { userGroupId: "${id}", name: "Operations" }) { userGroup { name description notificationSettings { pagerDutyIntegrationKey } } } }`);
    expect(renamed.body.data).toEqual({ updateUserGroup: { userGroup: { name: 'Operations', description: 'first', notificationSettings: { pagerDutyIntegrationKey: 'pd-1' } } } });

    const added = await subgraph.query(admin, `mutation { addUserToUserGroup(input: { userGroupId: "${id}", userId: "${member}", clientMutationId: "a" }) { clientMutationId userGroup { users(limit: 5) { nodes { email } } } } }`);
    expect(added.body.data).toEqual({ addUserToUserGroup: { clientMutationId: 'a', userGroup: { users: { nodes: [{ email: 'ops-member@acme.test' }] } } } });
    const userSide = await subgraph.query(admin, `{ user(id: "${member}") { userGroups(limit: 5) { nodes { name } } } }`);
    expect(userSide.body.data).toEqual({ user: { userGroups: { nodes: [{ name: 'Operations' }] } } });

    const account = await subgraph.query(admin, `mutation { addAccountPermission(input: { userGroupId: "${id}", accountPermission: MANAGE_API_KEYS }) { userGroup { permissions { accountPermissions { accountPermissionTypes } } } } }`);
    expect(account.body.data).toEqual({ addAccountPermission: { userGroup: { permissions: { accountPermissions: { accountPermissionTypes: ['MANAGE_API_KEYS'] } } } } });
    const app = await subgraph.query(
      admin,
      `mutation { addAppPermission(input: { userGroupId: "${id}", appPermission: { permissionType: ALL, applications: { appIds: ["app-1"] }, actions: [READ] } }) { userGroup { permissions { accountPermissions { accountPermissionTypes } appPermissions { permissionType actions applications { filterType appIds } } } } } }`,
    );
    expect(app.body.data).toEqual({
      addAppPermission: {
        userGroup: {
          permissions: {
            accountPermissions: { accountPermissionTypes: ['MANAGE_API_KEYS'] },
            appPermissions: [{ permissionType: 'ALL', actions: ['READ'], applications: { filterType: 'SELECTED', appIds: ['app-1'] } }],
          },
        },
      },
    });

    const replaced = await subgraph.query(
      admin,
      `mutation { updateUserGroupPermissions(input: { clientMutationId: "p", userGroupId: "${id}", permissions: { accountPermissions: { accountPermissionTypes: [VIEW_AUDITS] } } }) { clientMutationId permissions { accountPermissions { accountPermissionTypes } appPermissions { permissionType } } } }`,
    );
    expect(replaced.body.data).toEqual({
      updateUserGroupPermissions: { clientMutationId: 'p', permissions: { accountPermissions: { accountPermissionTypes: ['VIEW_AUDITS'] }, appPermissions: [] } },
    });
    const missingInput = await subgraph.query(admin, `mutation { updateUserGroupPermissions { clientMutationId } }`);
    expect(missingInput.body.errors?.[0]).toMatchObject({ message: 'permissions are required', extensions: { code: 'BAD_USER_INPUT' } });

    const removed = await subgraph.query(admin, `mutation { removeUserFromUserGroup(input: { userGroupId: "${id}", userId: "${member}" }) { userGroup { users(limit: 5) { nodes { email } } } } }`);
    expect(removed.body.data).toEqual({ removeUserFromUserGroup: { userGroup: { users: { nodes: [] } } } });

    const deleted = await subgraph.query(admin, `mutation { deleteUserGroup(input: { userGroupId: "${id}", clientMutationId: "d" }) { clientMutationId } }`);
    expect(deleted.body.data).toEqual({ deleteUserGroup: { clientMutationId: 'd' } });
    const gone = await subgraph.query(admin, `{ userGroup(userGroupId: "${id}") { id } }`);
    expect(gone.body.errors?.[0]).toMatchObject({ message: 'No User Group exists', extensions: { code: 'NOT_FOUND' } });
  });

  it('keeps the built-in Account Administrator group: every permission, never deleted or narrowed', async () => {
    const builtIn = await new UserGroupRepository(subgraph.connection).ensureAccountAdministrator(admin.accountId);
    expect(builtIn.permissions).toEqual(ACCOUNT_ADMINISTRATOR);
    const narrowed = await subgraph.query(admin, `mutation { updateUserGroupPermissions(input: { userGroupId: "${builtIn.id}", permissions: {} }) { clientMutationId } }`);
    expect(narrowed.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const deleted = await subgraph.query(admin, `mutation { deleteUserGroup(input: { userGroupId: "${builtIn.id}" }) { clientMutationId } }`);
    expect(deleted.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const listed = await subgraph.query(admin, `{ userGroupByName(name: "Account Administrator") { id } }`);
    expect(listed.body.data).toEqual({ userGroupByName: { id: builtIn.id } });
  });

  it('lists groups by name with pagination, and answers the SSO providers of the account record', async () => {
    const groups = await subgraph.query(admin, `{ userGroups(limit: 2, offset: 1) { pageInfo { limit offset hasMore total } nodes { name } } }`);
    const all = await subgraph.query<{ userGroups: { nodes: { name: string }[] } }>(admin, `{ userGroups(limit: 100) { nodes { name } } }`);
    const names = all.body.data!.userGroups.nodes.map((group) => group.name);
    expect(names).toEqual([...names].sort());
    expect(groups.body.data).toEqual({
      userGroups: { pageInfo: { limit: 2, offset: 1, hasMore: names.length > 3, total: names.length }, nodes: names.slice(1, 3).map((name) => ({ name })) },
    });

    const providers = await subgraph.query(admin, `{ ssoProviders(limit: 10) { pageInfo { total } nodes { id name ssoType } } ssoProvider(ssoProviderId: "${ldapId}") { name } }`);
    expect(providers.body.data).toEqual({
      ssoProviders: { pageInfo: { total: 2 }, nodes: [{ id: ldapId, name: 'Corporate LDAP', ssoType: 'LDAP' }, { id: expect.any(String), name: 'Okta', ssoType: 'SAML' }] },
      ssoProvider: { name: 'Corporate LDAP' },
    });
    const theirs = await subgraph.query(other, `{ ssoProvider(ssoProviderId: "${ldapId}") { name } }`);
    expect(theirs.body.errors?.[0]).toMatchObject({ message: 'SSO Provider does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it("never shows or changes another account's groups", async () => {
    const created = await subgraph.query<{ createUserGroup: { userGroup: { id: string } } }>(admin, CREATE_GROUP, { input: { name: 'Secret group' } });
    const id = created.body.data!.createUserGroup.userGroup.id;
    const read = await subgraph.query(other, `{ userGroup(userGroupId: "${id}") { id } userGroupByName(name: "Secret group") { id } }`);
    expect(read.body.data).toEqual({ userGroup: null, userGroupByName: null });
    for (const mutation of [
      `updateUserGroup(input: { userGroupId: "${id}", name: "x" }) { clientMutationId }`,
      `deleteUserGroup(input: { userGroupId: "${id}" }) { clientMutationId }`,
      `addAccountPermission(input: { userGroupId: "${id}", accountPermission: MANAGE_SECRETS }) { clientMutationId }`,
    ]) {
      const { body } = await subgraph.query(other, `mutation { ${mutation} }`);
      expect(body.errors?.[0]).toMatchObject({ message: 'No User Group exists', extensions: { code: 'NOT_FOUND' } });
    }
    // Another account's users cannot be put in one's own group either.
    const theirUser = (await subgraph.query<{ createUser: { user: { id: string } } }>(other, CREATE_USER, { input: { name: 'T', email: 't@other.test' } })).body.data!.createUser.user.id;
    const add = await subgraph.query(admin, `mutation { addUserToUserGroup(input: { userGroupId: "${id}", userId: "${theirUser}" }) { clientMutationId } }`);
    expect(add.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await subgraph.connection.db!.collection('user_groups').findOne({ _id: id as never })).toMatchObject({ name: 'Secret group', memberIds: [] });
  });
});
