import { createDomainEvent, type DomainEvent } from '@fg/domain-events';
import type { Artifact, ArtifactSource, CloudProvider, Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';

export interface EventPublisher {
  publish(event: DomainEvent): Promise<unknown>;
}

/** Who refers to secrets: a connector or a cloud provider, as the secrets subgraph names them. */
export type SecretReferrer =
  | { type: 'CONNECTOR'; entity: Pick<Connector, 'accountId' | 'id' | 'name'> }
  | { type: 'CLOUD_PROVIDER'; entity: Pick<CloudProvider, 'accountId' | 'id' | 'name'> };

/**
 * The facts this subgraph tells the others (domain events), each published after its store write succeeded. A crash
 * between the two loses the event (no outbox yet; see the README's "Domain events").
 */
export class DomainFacts {
  constructor(private readonly publisher: EventPublisher) {}

  async connectorCreated(connector: Connector): Promise<void> {
    await this.publisher.publish(createDomainEvent('connector.created', connectorPayload(connector)));
  }

  /** A rename is told as connector.created again (the contract's "also when its name changes"): projections upsert it. */
  async connectorRenamed(connector: Connector): Promise<void> {
    await this.publisher.publish(createDomainEvent('connector.created', connectorPayload(connector)));
  }

  async connectorDeleted(connector: Connector): Promise<void> {
    await this.publisher.publish(createDomainEvent('connector.deleted', connectorPayload(connector)));
  }

  async cloudProviderCreated(provider: CloudProvider): Promise<void> {
    await this.publisher.publish(createDomainEvent('cloudProvider.created', cloudProviderPayload(provider)));
  }

  async cloudProviderDeleted(provider: CloudProvider): Promise<void> {
    await this.publisher.publish(createDomainEvent('cloudProvider.deleted', cloudProviderPayload(provider)));
  }

  async artifactCollected(artifact: Artifact, source: Pick<ArtifactSource, 'serviceId' | 'appId'>): Promise<void> {
    await this.publisher.publish(
      createDomainEvent('artifact.collected', {
        accountId: artifact.accountId,
        artifactSourceId: artifact.artifactSourceId,
        serviceId: source.serviceId,
        appId: source.appId,
        artifactId: artifact.id,
        buildNo: artifact.buildNo,
        collectedAt: artifact.collectedAt,
      }),
    );
  }

  async artifactSourceCreated(source: ArtifactSource): Promise<void> {
    await this.publisher.publish(createDomainEvent('artifactSource.created', artifactSourcePayload(source)));
  }

  async artifactSourceDeleted(source: ArtifactSource): Promise<void> {
    await this.publisher.publish(createDomainEvent('artifactSource.deleted', artifactSourcePayload(source)));
  }

  /** Tells which secrets the referrer started and stopped referring to (before: its previous settings' secrets). */
  async secretReferencesChanged(referrer: SecretReferrer, before: readonly string[], after: readonly string[]): Promise<void> {
    const { accountId, id, name } = referrer.entity;
    const payload = (secretId: string) => ({ accountId, secretId, referrer: { type: referrer.type, id, name } });
    const started = after.filter((secretId) => !before.includes(secretId));
    const stopped = before.filter((secretId) => !after.includes(secretId));
    for (const secretId of started) await this.publisher.publish(createDomainEvent('secret.referenced', payload(secretId)));
    for (const secretId of stopped) await this.publisher.publish(createDomainEvent('secret.unreferenced', payload(secretId)));
  }
}

const connectorPayload = (connector: Connector) => ({
  accountId: connector.accountId,
  connectorId: connector.id,
  name: connector.name,
  connectorType: connector.type,
});

const cloudProviderPayload = (provider: CloudProvider) => ({
  accountId: provider.accountId,
  cloudProviderId: provider.id,
  name: provider.name,
  cloudProviderType: provider.type,
});

const artifactSourcePayload = (source: ArtifactSource) => ({
  accountId: source.accountId,
  artifactSourceId: source.id,
  name: source.name,
  serviceId: source.serviceId,
  appId: source.appId,
});
