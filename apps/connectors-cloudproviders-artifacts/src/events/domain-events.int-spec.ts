import { once } from 'node:events';
import { createDomainEvent, DomainEventPublisher } from '@fg/domain-events';
import { createLimiterRedis } from '@fg/rate-limits';
import { testServices } from '@fg/testing';
import { alice, bob, startKit, type Kit } from '../testing';

const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { connector { id } } }`;
const UPDATE_CONNECTOR = `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connector { id } } }`;
const DELETE_CONNECTOR = `mutation($id: String!) { deleteConnector(input: { connectorId: $id }) { clientMutationId } }`;
const CREATE_CLOUD_PROVIDER = `mutation($input: CreateCloudProviderInput!) { createCloudProvider(input: $input) { cloudProvider { id } } }`;
const DELETE_CLOUD_PROVIDER = `mutation($id: String!) { deleteCloudProvider(input: { cloudProviderId: $id }) { clientMutationId } }`;

const gitConnector = (name: string, passwordSecretId: string) => ({
  connectorType: 'GIT',
  gitConnector: { name, URL: `https://git.example.com/${name}`, urlType: 'REPO', passwordSecretId },
});

describe('domain events (real store, real Redis)', () => {
  let kit: Kit;

  beforeAll(async () => {
    kit = await startKit();
  });
  afterAll(() => kit.dispose());

  it('learns secrets from secret.created / secret.deleted events on the secrets stream', async () => {
    const redis = createLimiterRedis((await testServices()).redisUrl);
    if (redis.status !== 'ready') await once(redis, 'ready');
    const publisher = new DomainEventPublisher(redis, { keyPrefix: kit.keyPrefix });
    const facts = { accountId: alice.accountId, secretId: 'sec-streamed', name: 'streamed', secretType: 'ENCRYPTED_TEXT' as const, usageScope: null };
    try {
      await publisher.publish(createDomainEvent('secret.created', facts));
      // The subscriber applies it on its own schedule: wait until the connector accepts the secret.
      let answer = await kit.raw(alice, CREATE_CONNECTOR, { input: gitConnector('streamed', 'sec-streamed') });
      for (let attempt = 0; answer.body.errors && attempt < 100; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await kit.raw(alice, CREATE_CONNECTOR, { input: gitConnector('streamed', 'sec-streamed') });
      }
      expect(answer.body.errors).toBeUndefined();
      // bob's account never heard of it.
      expect((await kit.fails(bob, CREATE_CONNECTOR, { input: gitConnector('streamed', 'sec-streamed') })).message).toMatch(/Secret does not exist/);
    } finally {
      redis.disconnect();
    }
  });

  it('publishes connector and cloud provider facts and the secrets they start and stop referring to', async () => {
    await kit.knowSecret(alice, 'sec-one');
    await kit.knowSecret(alice, 'sec-two');
    await kit.knowSecret(alice, 'sec-gcp');
    const id = (await kit.ok(alice, CREATE_CONNECTOR, { input: gitConnector('refs', 'sec-one') })).createConnector.connector.id;
    await kit.ok(alice, UPDATE_CONNECTOR, { input: { connectorId: id, connectorType: 'GIT', gitConnector: { passwordSecretId: 'sec-two' } } });
    await kit.ok(alice, DELETE_CONNECTOR, { id });
    const gcp = { input: { cloudProviderType: 'GCP', gcpCloudProvider: { name: 'gcp-refs', serviceAccountKeySecretId: 'sec-gcp' } } };
    const providerId = (await kit.ok(alice, CREATE_CLOUD_PROVIDER, gcp)).createCloudProvider.cloudProvider.id;
    await kit.ok(alice, DELETE_CLOUD_PROVIDER, { id: providerId });

    const connector = { accountId: alice.accountId, connectorId: id, name: 'refs', connectorType: 'GIT' };
    expect((await kit.published('connector.created')).map((e) => e.payload)).toContainEqual(connector);
    expect((await kit.published('connector.deleted')).map((e) => e.payload)).toEqual([connector]);
    const provider = { accountId: alice.accountId, cloudProviderId: providerId, name: 'gcp-refs', cloudProviderType: 'GCP' };
    expect((await kit.published('cloudProvider.created')).map((e) => e.payload)).toEqual([provider]);
    expect((await kit.published('cloudProvider.deleted')).map((e) => e.payload)).toEqual([provider]);

    const refs = async (type: 'secret.referenced' | 'secret.unreferenced') =>
      (await kit.published(type)).filter((e) => e.payload.secretId !== 'sec-streamed').map((e) => [e.payload.secretId, e.payload.referrer]);
    const asConnector = { type: 'CONNECTOR', id, name: 'refs' };
    const asProvider = { type: 'CLOUD_PROVIDER', id: providerId, name: 'gcp-refs' };
    expect(await refs('secret.referenced')).toEqual([
      ['sec-one', asConnector],
      ['sec-two', asConnector],
      ['sec-gcp', asProvider],
    ]);
    expect(await refs('secret.unreferenced')).toEqual([
      ['sec-one', asConnector],
      ['sec-two', asConnector],
      ['sec-gcp', asProvider],
    ]);
  });

  it('tells a rename as connector.created again, and nothing for an update that keeps the name', async () => {
    await kit.knowSecret(alice, 'sec-rename');
    const id = (await kit.ok(alice, CREATE_CONNECTOR, { input: gitConnector('old-name', 'sec-rename') })).createConnector.connector.id;
    await kit.ok(alice, UPDATE_CONNECTOR, { input: { connectorId: id, connectorType: 'GIT', gitConnector: { branch: 'develop' } } });
    await kit.ok(alice, UPDATE_CONNECTOR, { input: { connectorId: id, connectorType: 'GIT', gitConnector: { name: 'new-name' } } });
    const told = (await kit.published('connector.created')).filter((e) => e.payload.connectorId === id).map((e) => e.payload.name);
    expect(told).toEqual(['old-name', 'new-name']);
  });
});
