import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { SecretManagerRepository, SecretReferenceProjection, SecretRepository } from '@fg/secrets/data-access';
import { EnvelopeCipher } from '@fg/secrets/encryption';
import type { SubgraphModule } from '@fg/subgraph-server';
import { actorOf, type SecretsContext } from './context';
import type { SecretsSettings } from './environment';
import { secretManagerResolvers } from './secret-manager/secret-manager.resolver';
import { SecretManagerService } from './secret-manager/secret-manager.service';
import { discardFacts, type SecretFactPublisher } from './secret/secret-facts';
import { secretResolvers } from './secret/secret.resolver';
import { SecretService } from './secret/secret.service';
import { SecretValueService } from './secret-values/secret-value.service';
import { SECRET_VALUES_PATH, secretValuesRoute } from './secret-values/secret-values.route';

export const SUBGRAPH_NAME = 'secrets';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

/** `facts` receives secret.created / secret.deleted; until domain events are wired they are dropped. */
export function createSecretsSubgraph(settings: SecretsSettings, facts: SecretFactPublisher = discardFacts): SubgraphModule<SecretsContext> {
  return {
    name: SUBGRAPH_NAME,
    define(connection, logger) {
      const secrets = new SecretRepository(connection);
      const managers = new SecretManagerRepository(connection);
      const references = new SecretReferenceProjection(connection);
      const cipher = new EnvelopeCipher(settings.keyring);
      const values = new SecretValueService(secrets, managers, cipher, logger);
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: mergeResolvers({ Long: LongScalar }, secretResolvers, secretManagerResolvers),
        internalRoutes: { [SECRET_VALUES_PATH]: secretValuesRoute(values) },
        createContext: (identity) => {
          const actor = actorOf(identity);
          const secretManagers = new SecretManagerService(managers, secrets, cipher, identity.accountId, actor);
          return {
            identity,
            secretManagers,
            secrets: new SecretService(secrets, secretManagers, references, cipher, settings, facts, identity.accountId, actor),
          };
        },
      };
    },
  };
}
