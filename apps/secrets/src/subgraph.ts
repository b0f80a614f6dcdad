import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DomainEventPublisher, DomainEventSubscriber, type DomainEvent, createEventsRedis } from '@fg/domain-events';
import { LongScalar, MAX_BODY_BYTES, mergeResolvers } from '@fg/graphql-kit';
import { podId } from '@fg/rate-limits';
import { SecretManagerRepository, SecretReferenceProjection, SecretRepository } from '@fg/secrets/data-access';
import { EnvelopeCipher } from '@fg/secrets/encryption';
import { defineSubgraph } from '@fg/subgraph-server';
import type { SecretsContext } from './context';
import { secretManagerResolvers } from './secret-manager/secret-manager.resolver';
import { SecretManagerService } from './secret-manager/secret-manager.service';
import { domainEventFacts, type SecretFactPublisher } from './secret/secret-facts';
import { secretResolvers } from './secret/secret.resolver';
import { SecretService } from './secret/secret.service';
import { SecretValueService } from './secret-values/secret-value.service';
import { SECRET_VALUES_PATH, secretValuesRoute } from './secret-values/secret-values.route';
import { loadSecretsSettings } from './settings';

export const SUBGRAPH_NAME = 'secrets';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface SecretsOverrides {
  /** Replaces the domain-event publisher (specs that read the facts told to the other subgraphs). */
  facts?: SecretFactPublisher;
}

type ReferenceEvent = DomainEvent<'secret.referenced' | 'secret.unreferenced'>;

export function secretsSubgraph(overrides: SecretsOverrides = {}) {
  return defineSubgraph({
    name: SUBGRAPH_NAME,
    typeDefs,
    resolvers: mergeResolvers({ Long: LongScalar }, secretResolvers, secretManagerResolvers),
    settings: loadSecretsSettings,
    services: ({ connection, logger, settings }) => {
      const secrets = new SecretRepository(connection);
      const managers = new SecretManagerRepository(connection);
      const cipher = new EnvelopeCipher(settings.keyring);
      const eventsRedis = createEventsRedis(settings.redisUrl);
      return {
        settings,
        secrets,
        managers,
        references: new SecretReferenceProjection(connection),
        cipher,
        values: new SecretValueService(secrets, managers, cipher, logger),
        eventsRedis,
        facts: overrides.facts ?? domainEventFacts(new DomainEventPublisher(eventsRedis, { keyPrefix: settings.redisKeyPrefix }), logger),
        subscriber: new DomainEventSubscriber({ redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, logger }),
      };
    },
    context: (services, principal): SecretsContext => {
      const secretManagers = new SecretManagerService(services.managers, services.secrets, services.cipher, principal.accountId, principal);
      return {
        principal,
        secretManagers,
        secrets: new SecretService(
          services.secrets,
          secretManagers,
          services.references,
          services.cipher,
          services.settings,
          services.facts,
          principal.accountId,
          principal,
        ),
      };
    },
    // The gateway forwards an uploaded file base64 in the operation (README "Encrypted files"): room for the largest
    // accepted file, encoded, plus an ordinary request.
    maxGraphQLBodyBytes: (settings) => Math.ceil(settings.maxFileBytes / 3) * 4 + MAX_BODY_BYTES,
    internalRoutes: (services) => ({ [SECRET_VALUES_PATH]: secretValuesRoute(services.values) }),
    onStart: async ({ subscriber, references }) => {
      // Other subgraphs' references to secrets feed the projection that deleteSecret checks.
      const applyReference = ({ type, payload }: ReferenceEvent, { position }: { position: string }) =>
        references.apply({ type, ...payload }, position);
      await subscriber.subscribe({
        group: SUBGRAPH_NAME,
        consumer: podId(),
        handlers: { 'secret.referenced': applyReference, 'secret.unreferenced': applyReference },
      });
    },
    onStop: async ({ subscriber, eventsRedis }) => {
      await subscriber.close();
      eventsRedis.disconnect();
    },
  });
}
