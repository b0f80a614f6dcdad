import type { Resolvers } from '../generated/resolvers-types';
import { secretView } from './secret.view';

const byTypename = <T extends { __typename: string }>(value: T) => value.__typename as T['__typename'];

// `fileContent` (Extension): the multipart file part's bytes, base64, set by the gateway (README "Encrypted files").
export const secretResolvers: Resolvers = {
  Query: {
    secret: async (_, args, { secrets }) => secretView(await secrets.get(args.secretId, args.secretType)),
    secretByName: async (_, args, { secrets }) => secretView(await secrets.getByName(args.name, args.secretType)),
  },
  Mutation: {
    createSecret: async (_, { input, fileContent }, { secrets }) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, secret: secretView(await secrets.create(fields, fileContent)) };
    },
    updateSecret: async (_, { input, fileContent }, { secrets }) => {
      const { clientMutationId, secretId, ...fields } = input;
      return { clientMutationId, secret: secretView(await secrets.update(secretId, fields, fileContent)) };
    },
    deleteSecret: async (_, { input }, { secrets }) => {
      await secrets.delete(input.secretId, input.secretType);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Secret: { __resolveType: byTypename },
  SSHAuthenticationType: { __resolveType: (value) => ('realm' in value ? 'KerberosAuthentication' : 'SSHAuthentication') },
};
