import type { SecretType } from '@fg/secrets/data-access';

/**
 * Facts this subgraph tells the others (connectors and cloud providers check the secrets they are given against
 * them). Wire contract: never rename a type or a field. They carry no value, ever.
 */
export type SecretFact =
  | { type: 'secret.created'; accountId: string; secretId: string; secretType: SecretType; name: string }
  | { type: 'secret.deleted'; accountId: string; secretId: string; secretType: SecretType };

/** Where facts go; @fg/domain-events will provide the real one. */
export interface SecretFactPublisher {
  publish(fact: SecretFact): Promise<void>;
}

export const discardFacts: SecretFactPublisher = { publish: async () => undefined };
