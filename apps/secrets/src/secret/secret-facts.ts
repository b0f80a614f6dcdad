import { createDomainEvent, type DomainEventPublisher, type SecretEventV1 } from '@fg/domain-events';
import type { Logger } from '@fg/logger';
import type { Secret } from '@fg/secrets/data-access';

export type SecretFactType = 'secret.created' | 'secret.updated' | 'secret.deleted';

/**
 * A fact this subgraph tells the others (connectors and cloud providers check the secrets they are given against
 * them): the secret's state after the change, as the domain-events contract defines it. Never a value.
 */
export interface SecretFact {
  type: SecretFactType;
  payload: SecretEventV1;
}

/** Where facts go: domain events in the running subgraph, a list in specs. */
export interface SecretFactPublisher {
  publish(fact: SecretFact): Promise<void>;
}

/** Every field picked by name, so nothing stored with the secret can travel with the fact. */
export function secretFact(type: SecretFactType, secret: Secret): SecretFact {
  return {
    type,
    payload: {
      accountId: secret.accountId,
      secretId: secret.id,
      name: secret.name,
      secretType: secret.secretType,
      usageScope: secret.usageScope && {
        appEnvScopes: secret.usageScope.appEnvScopes.map(({ application, environment }) => ({
          application: { filterType: application.filterType, appId: application.appId },
          environment: { filterType: environment.filterType, envId: environment.envId },
        })),
      },
    },
  };
}

/**
 * Publishes facts as domain events after the store write. A failed publish does not undo the stored change (README
 * "Domain events", the known gap): it is logged, and the mutation answers as stored.
 */
export function domainEventFacts(publisher: DomainEventPublisher, logger: Logger): SecretFactPublisher {
  return {
    async publish({ type, payload }) {
      try {
        await publisher.publish(createDomainEvent(type, payload));
      } catch (error) {
        logger.error({ err: error, eventType: type, accountId: payload.accountId, secretId: payload.secretId }, 'publishing a secret event failed');
      }
    },
  };
}
