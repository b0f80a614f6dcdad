import { alice, bob, scopedTo, startKit, type Kit } from '../testing';

const CREATE = `mutation($input: CreateCloudProviderInput!) {
  createCloudProvider(input: $input) { clientMutationId cloudProvider { __typename id name type isContinuousEfficiencyEnabled createdAt createdBy { id } } }
}`;
const UPDATE = `mutation($input: UpdateCloudProviderInput!) {
  updateCloudProvider(input: $input) { clientMutationId cloudProvider { __typename id name ... on GcpCloudProvider { delegateSelectors } } }
}`;
const DELETE = `mutation($input: DeleteCloudProviderInput!) { deleteCloudProvider(input: $input) { clientMutationId } }`;
const BY_ID = `query($id: String!) { cloudProvider(cloudProviderId: $id) { __typename id name type } }`;
const BY_NAME = `query($name: String!) { cloudProviderByName(name: $name) { __typename id name } }`;
const LIST = `query($filters: [CloudProviderFilter], $limit: Int!, $offset: Int) {
  cloudProviders(filters: $filters, limit: $limit, offset: $offset) { pageInfo { hasMore total limit offset } nodes { id name type } }
}`;

/** One valid create input per kind, credentials given as ids of known secrets. */
const KINDS: Record<string, { slot: string; typename: string; settings: (name: string) => Record<string, unknown> }> = {
  AWS: {
    slot: 'awsCloudProvider',
    typename: 'AwsCloudProvider',
    settings: (name) => ({
      name,
      credentialsType: 'MANUAL',
      manualCredentials: { accessKey: 'AKIA123', secretKeySecretId: 'sec-aws' },
      crossAccountAttributes: { assumeCrossAccountRole: true, crossAccountRoleArn: 'arn:aws:iam::1:role/x', externalId: 'ext' },
      defaultRegion: 'eu-west-1',
    }),
  },
  KUBERNETES_CLUSTER: {
    slot: 'k8sCloudProvider',
    typename: 'KubernetesCloudProvider',
    settings: (name) => ({
      name,
      clusterDetailsType: 'MANUAL_CLUSTER_DETAILS',
      manualClusterDetails: { masterUrl: 'https://k8s.example.com', type: 'SERVICE_ACCOUNT_TOKEN', serviceAccountToken: { serviceAccountTokenSecretId: 'sec-k8s' } },
    }),
  },
  GCP: {
    slot: 'gcpCloudProvider',
    typename: 'GcpCloudProvider',
    settings: (name) => ({ name, useDelegateSelectors: true, delegateSelectors: ['gcp-delegate'], serviceAccountKeySecretId: 'sec-gcp' }),
  },
  AZURE: {
    slot: 'azureCloudProvider',
    typename: 'AzureCloudProvider',
    settings: (name) => ({ name, clientId: 'client', tenantId: 'tenant', keySecretId: 'sec-azure' }),
  },
  PHYSICAL_DATA_CENTER: {
    slot: 'physicalDataCenterCloudProvider',
    typename: 'PhysicalDataCenterCloudProvider',
    settings: (name) => ({ name, usageScope: scopedTo('app-1') }),
  },
  PCF: {
    slot: 'pcfCloudProvider',
    typename: 'PcfCloudProvider',
    settings: (name) => ({ name, endpointUrl: 'https://api.pcf.example.com', userName: 'pcf', passwordSecretId: 'sec-pcf' }),
  },
  SPOT_INST: {
    slot: 'spotInstCloudProvider',
    typename: 'SpotInstCloudProvider',
    settings: (name) => ({ name, accountId: 'spot-account', tokenSecretId: 'sec-spot' }),
  },
  RANCHER: {
    slot: 'rancherCloudProvider',
    typename: 'RancherCloudProvider',
    settings: (name) => ({ name, rancherUrl: 'https://rancher.example.com', bearerTokenSecretId: 'sec-rancher' }),
  },
};

const createInput = (type: string, name: string, extra: Record<string, unknown> = {}) => ({
  input: { clientMutationId: `cm-${name}`, cloudProviderType: type, [KINDS[type].slot]: KINDS[type].settings(name), ...extra },
});

describe('cloud providers (real store)', () => {
  let kit: Kit;

  beforeAll(async () => {
    kit = await startKit();
    for (const id of ['sec-aws', 'sec-k8s', 'sec-gcp', 'sec-azure', 'sec-pcf', 'sec-spot', 'sec-rancher', 'sec-other']) {
      await kit.knowSecret(alice, id);
    }
    await kit.knowSecret(bob, 'sec-bob');
    await kit.knowSecret(alice, 'sec-app-2-only', { usageScope: scopedTo('app-2') });
    await kit.knowSecret(alice, 'sec-app-1-only', { usageScope: scopedTo('app-1') });
  });
  afterAll(() => kit.dispose());

  describe.each(Object.keys(KINDS))('%s', (type) => {
    it('is created, echoes clientMutationId, and reads back by id and by name', async () => {
      const name = `cp-${type.toLowerCase()}`;
      const data = await kit.ok(alice, CREATE, createInput(type, name));
      const created = data.createCloudProvider;
      expect(created).toEqual({
        clientMutationId: `cm-${name}`,
        cloudProvider: {
          __typename: KINDS[type].typename,
          id: expect.any(String),
          name,
          type,
          isContinuousEfficiencyEnabled: false,
          createdAt: expect.any(Number),
          createdBy: { id: 'u-alice' },
        },
      });
      const id = created.cloudProvider.id;
      expect((await kit.ok(alice, BY_ID, { id })).cloudProvider).toEqual({ __typename: KINDS[type].typename, id, name, type });
      expect((await kit.ok(alice, BY_NAME, { name })).cloudProviderByName).toEqual({ __typename: KINDS[type].typename, id, name });
    });

    it('is updated in part: a new name keeps the stored settings', async () => {
      const name = `cp-upd-${type.toLowerCase()}`;
      const { id } = (await kit.ok(alice, CREATE, createInput(type, name))).createCloudProvider.cloudProvider;
      const data = await kit.ok(alice, UPDATE, {
        input: { clientMutationId: `u-${name}`, cloudProviderId: id, cloudProviderType: type, [KINDS[type].slot]: { name: `${name}-renamed` } },
      });
      expect(data.updateCloudProvider).toMatchObject({ clientMutationId: `u-${name}`, cloudProvider: { id, name: `${name}-renamed` } });
      const stored = await kit.subgraph.connection.db!.collection('cloud_providers').findOne({ _id: id });
      expect(stored?.settings).toEqual({ ...KINDS[type].settings(name), name: `${name}-renamed` });
    });

    it('refuses a create without its sub-input', async () => {
      const error = await kit.fails(alice, CREATE, { input: { cloudProviderType: type } });
      expect(error).toEqual({ code: 'BAD_USER_INPUT', message: `${KINDS[type].slot} is required when cloudProviderType is ${type}` });
    });

    it('refuses a create with the sub-input of another kind as well', async () => {
      const other = type === 'AWS' ? 'RANCHER' : 'AWS';
      const input = createInput(type, `two-${type}`).input;
      const error = await kit.fails(alice, CREATE, { input: { ...input, [KINDS[other].slot]: KINDS[other].settings('x') } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toBe(`cloudProviderType ${type} takes only ${KINDS[type].slot}; remove ${KINDS[other].slot}`);
    });
  });

  it('stores credentials only as secret ids and never returns them', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('AWS', 'no-leak'))).createCloudProvider.cloudProvider;
    const stored = await kit.subgraph.connection.db!.collection('cloud_providers').findOne({ _id: id });
    expect(stored?.settings.manualCredentials).toEqual({ accessKey: 'AKIA123', secretKeySecretId: 'sec-aws' });
    const { body } = await kit.raw(alice, `query($id: String!) { cloudProvider(cloudProviderId: $id) { ... on AwsCloudProvider { manualCredentials } } }`, { id });
    expect(body.errors?.[0].message).toMatch(/Cannot query field "manualCredentials"/);
  });

  describe('reference checks', () => {
    const rancher = (bearerTokenSecretId: string) => ({
      input: { cloudProviderType: 'RANCHER', rancherCloudProvider: { name: `r-${bearerTokenSecretId}`, rancherUrl: 'https://r', bearerTokenSecretId } },
    });

    it('refuses an unknown secret id', async () => {
      expect(await kit.fails(alice, CREATE, rancher('sec-missing'))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Secret does not exist (rancherCloudProvider.bearerTokenSecretId: sec-missing)',
      });
    });

    it("refuses another account's secret id as if it did not exist", async () => {
      expect((await kit.fails(alice, CREATE, rancher('sec-bob'))).message).toBe(
        'Secret does not exist (rancherCloudProvider.bearerTokenSecretId: sec-bob)',
      );
    });

    it('refuses a secret whose usage scope excludes an application the provider is used in', async () => {
      const input = {
        cloudProviderType: 'KUBERNETES_CLUSTER',
        k8sCloudProvider: {
          name: 'k8s-scoped',
          clusterDetailsType: 'MANUAL_CLUSTER_DETAILS',
          manualClusterDetails: {
            masterUrl: 'https://k8s',
            usageScope: scopedTo('app-1'),
            type: 'SERVICE_ACCOUNT_TOKEN',
            serviceAccountToken: { serviceAccountTokenSecretId: 'sec-app-2-only' },
          },
        },
      };
      expect(await kit.fails(alice, CREATE, { input })).toEqual({
        code: 'BAD_USER_INPUT',
        message:
          'Secret sec-app-2-only (k8sCloudProvider.manualClusterDetails.serviceAccountToken.serviceAccountTokenSecretId) cannot be used here: its usage scope does not include application app-1',
      });
      const fitting = { ...input, k8sCloudProvider: { ...input.k8sCloudProvider, name: 'k8s-fits' } };
      fitting.k8sCloudProvider.manualClusterDetails = {
        ...input.k8sCloudProvider.manualClusterDetails,
        serviceAccountToken: { serviceAccountTokenSecretId: 'sec-app-1-only' },
      };
      expect((await kit.ok(alice, CREATE, { input: fitting })).createCloudProvider.cloudProvider.name).toBe('k8s-fits');
    });

    it('refuses an app-scoped secret for a provider usable in every application', async () => {
      expect((await kit.fails(alice, CREATE, rancher('sec-app-1-only'))).message).toMatch(/its usage scope does not include every application/);
    });

    it('checks the secrets an update brings in', async () => {
      const { id } = (await kit.ok(alice, CREATE, rancher('sec-rancher'))).createCloudProvider.cloudProvider;
      const error = await kit.fails(alice, UPDATE, {
        input: { cloudProviderId: id, cloudProviderType: 'RANCHER', rancherCloudProvider: { bearerTokenSecretId: 'sec-gone' } },
      });
      expect(error.message).toBe('Secret does not exist (rancherCloudProvider.bearerTokenSecretId: sec-gone)');
    });
  });

  it('refuses an update whose type is not the provider\'s', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('AZURE', 'azure-typed'))).createCloudProvider.cloudProvider;
    const error = await kit.fails(alice, UPDATE, { input: { cloudProviderId: id, cloudProviderType: 'GCP', gcpCloudProvider: { name: 'x' } } });
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: "cloudProviderType GCP does not match the cloud provider's type AZURE" });
  });

  it('switches AWS credentials kind on update, dropping the previous ones', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('AWS', 'aws-switch'))).createCloudProvider.cloudProvider;
    await kit.ok(alice, UPDATE, {
      input: { cloudProviderId: id, cloudProviderType: 'AWS', awsCloudProvider: { credentialsType: 'IRSA', irsaCredentials: { delegateSelector: 'eks' } } },
    });
    const stored = await kit.subgraph.connection.db!.collection('cloud_providers').findOne({ _id: id });
    expect(stored?.settings).toMatchObject({ credentialsType: 'IRSA', irsaCredentials: { delegateSelector: 'eks' } });
    expect(stored?.settings.manualCredentials).toBeUndefined();
    const missing = await kit.fails(alice, UPDATE, { input: { cloudProviderId: id, cloudProviderType: 'AWS', awsCloudProvider: { credentialsType: 'MANUAL' } } });
    expect(missing.message).toBe('awsCloudProvider.manualCredentials is required when awsCloudProvider.credentialsType is MANUAL');
  });

  it('answers GcpCloudProvider.delegateSelectors and replaces the list on update', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('GCP', 'gcp-selectors'))).createCloudProvider.cloudProvider;
    const data = await kit.ok(alice, UPDATE, { input: { cloudProviderId: id, cloudProviderType: 'GCP', gcpCloudProvider: { delegateSelectors: ['a', 'b'] } } });
    expect(data.updateCloudProvider.cloudProvider).toEqual({ __typename: 'GcpCloudProvider', id, name: 'gcp-selectors', delegateSelectors: ['a', 'b'] });
  });

  it('refuses a second provider of the same name in the account, not in another', async () => {
    await kit.knowSecret(bob, 'sec-rancher-bob');
    const input = (secret: string) => ({
      input: { cloudProviderType: 'RANCHER', rancherCloudProvider: { name: 'same-name', rancherUrl: 'https://r', bearerTokenSecretId: secret } },
    });
    await kit.ok(alice, CREATE, input('sec-rancher'));
    expect(await kit.fails(alice, CREATE, input('sec-rancher'))).toEqual({ code: 'CONFLICT', message: 'A cloud provider named same-name already exists' });
    expect((await kit.ok(bob, CREATE, input('sec-rancher-bob'))).createCloudProvider.cloudProvider.name).toBe('same-name');
  });

  describe('cloudProviders', () => {
    let filterKit: Kit;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      filterKit = await startKit();
      for (const secret of ['sec-aws', 'sec-gcp', 'sec-azure']) await filterKit.knowSecret(alice, secret);
      await filterKit.knowSecret(bob, 'sec-azure-bob');
      for (const type of ['AWS', 'GCP', 'AZURE']) {
        ids[type] = (await filterKit.ok(alice, CREATE, createInput(type, `list-${type}`))).createCloudProvider.cloudProvider.id;
      }
      await filterKit.ok(bob, CREATE, {
        input: { cloudProviderType: 'AZURE', azureCloudProvider: { ...KINDS.AZURE.settings('bobs-azure'), keySecretId: 'sec-azure-bob' } },
      });
      await filterKit.subgraph.connection.db!.collection('cloud_providers').updateOne({ _id: ids.GCP as never }, { $set: { isContinuousEfficiencyEnabled: true } });
    });
    afterAll(() => filterKit.dispose());

    const names = async (filters: unknown[], identity = alice) =>
      ((await filterKit.ok(identity, LIST, { filters, limit: 10 })).cloudProviders.nodes as { name: string }[]).map((n) => n.name);

    it('lists the account\'s providers newest first, with page info', async () => {
      const data = await filterKit.ok(alice, LIST, { limit: 2, offset: 0 });
      expect(data.cloudProviders.pageInfo).toEqual({ hasMore: true, total: 3, limit: 2, offset: 0 });
      expect(data.cloudProviders.nodes.map((n: { name: string }) => n.name)).toEqual(['list-AZURE', 'list-GCP']);
      expect(await names([], bob)).toEqual(['bobs-azure']);
    });

    it('filters by id, type, CE enablement and creation time, ANDing them', async () => {
      expect(await names([{ cloudProvider: { operator: 'IN', values: [ids.AWS, ids.GCP] } }])).toEqual(['list-GCP', 'list-AWS']);
      expect(await names([{ cloudProviderType: { operator: 'EQUALS', values: ['AZURE'] } }])).toEqual(['list-AZURE']);
      expect(await names([{ cloudProviderType: { values: ['AWS', 'GCP'] } }, { cloudProvider: { operator: 'NOT_IN', values: [ids.GCP] } }])).toEqual([
        'list-AWS',
      ]);
      expect(await names([{ isCEEnabled: { operator: 'EQUALS', values: [true] } }])).toEqual(['list-GCP']);
      expect(await names([{ createdAt: { operator: 'AFTER', value: 0 } }])).toHaveLength(3);
      expect(await names([{ createdAt: { operator: 'BEFORE', value: 0 } }])).toEqual([]);
    });

    it('never lists another account\'s providers, whatever the filter', async () => {
      expect(await names([{ cloudProvider: { operator: 'IN', values: [ids.AWS] } }], bob)).toEqual([]);
      expect(await names([{ cloudProviderType: { values: ['AZURE'] } }], bob)).toEqual(['bobs-azure']);
    });

    it('refuses a filter with no values', async () => {
      expect(await filterKit.fails(alice, LIST, { filters: [{ cloudProviderType: { operator: 'IN', values: [] } }], limit: 1 })).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Values cannot be empty',
      });
    });
  });

  it('keeps providers per account: by id, by name, update and delete', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('AZURE', 'alice-only'))).createCloudProvider.cloudProvider;
    expect(await kit.fails(bob, BY_ID, { id })).toEqual({ code: 'NOT_FOUND', message: 'Cloud Provider does not exist' });
    expect(await kit.fails(bob, BY_NAME, { name: 'alice-only' })).toEqual({ code: 'NOT_FOUND', message: 'Cloud Provider does not exist' });
    expect((await kit.fails(bob, UPDATE, { input: { cloudProviderId: id, cloudProviderType: 'AZURE', azureCloudProvider: { name: 'x' } } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await kit.fails(bob, DELETE, { input: { cloudProviderId: id } })).code).toBe('NOT_FOUND');
    expect((await kit.ok(alice, BY_ID, { id })).cloudProvider.name).toBe('alice-only');
  });

  it('deletes a provider nothing uses', async () => {
    const { id } = (await kit.ok(alice, CREATE, createInput('PCF', 'pcf-gone'))).createCloudProvider.cloudProvider;
    expect((await kit.ok(alice, DELETE, { input: { clientMutationId: 'd1', cloudProviderId: id } })).deleteCloudProvider).toEqual({
      clientMutationId: 'd1',
    });
    expect(await kit.fails(alice, BY_ID, { id })).toEqual({ code: 'NOT_FOUND', message: 'Cloud Provider does not exist' });
  });
});
