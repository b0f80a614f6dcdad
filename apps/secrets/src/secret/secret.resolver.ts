import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SecretType } from '@fg/secrets/data-access';
import type { SecretsContext } from '../context';
import type { SecretInput } from './secret-input';
import { secretView } from './secret.view';

interface MutationArgs<T> {
  input: T & { clientMutationId?: string | null };
  /** Extension: the multipart file part's bytes, base64, set by the gateway (see README "Encrypted files"). */
  fileContent?: string | null;
}

const byTypename = (value: { __typename: string }) => value.__typename;

export const secretResolvers: GraphQLResolverMap<SecretsContext> = {
  Query: {
    secret: async (_: unknown, args: { secretId: string; secretType: SecretType }, { secrets }: SecretsContext) =>
      secretView(await secrets.get(args.secretId, args.secretType)),
    secretByName: async (_: unknown, args: { name: string; secretType: SecretType }, { secrets }: SecretsContext) =>
      secretView(await secrets.getByName(args.name, args.secretType)),
  },
  Mutation: {
    createSecret: async (_: unknown, { input, fileContent }: MutationArgs<SecretInput>, { secrets }: SecretsContext) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, secret: secretView(await secrets.create(fields, fileContent)) };
    },
    updateSecret: async (_: unknown, { input, fileContent }: MutationArgs<SecretInput & { secretId: string }>, { secrets }: SecretsContext) => {
      const { clientMutationId, secretId, ...fields } = input;
      return { clientMutationId, secret: secretView(await secrets.update(secretId, fields, fileContent)) };
    },
    deleteSecret: async (_: unknown, { input }: MutationArgs<{ secretId: string; secretType: SecretType }>, { secrets }: SecretsContext) => {
      await secrets.delete(input.secretId, input.secretType);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Secret: { __resolveType: byTypename },
  SSHAuthenticationType: { __resolveType: byTypename },
};
