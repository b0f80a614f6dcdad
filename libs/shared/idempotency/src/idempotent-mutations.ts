import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { MutationLedger } from './mutation-ledger';

/** The caller a context names; every subgraph context carries its principal. */
export type PrincipalOf<TContext> = (context: TContext) => { accountId: string; kind: string; id: string };

/**
 * Routes every mutation of the schema whose `input` carries a non-empty `clientMutationId` through the ledger, so
 * each new mutation is idempotent without writing anything for it. Mutations without one run as they are.
 */
export function makeMutationsIdempotent<TContext>(schema: GraphQLSchema, ledger: MutationLedger, principalOf: PrincipalOf<TContext>): void {
  const mutationType = schema.getMutationType();
  if (!mutationType) return;
  for (const field of Object.values(mutationType.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args: Record<string, unknown>, context: TContext, info) => {
      const input = args.input as { clientMutationId?: unknown } | null | undefined;
      const clientMutationId = input?.clientMutationId;
      if (typeof clientMutationId !== 'string' || clientMutationId.length === 0) return resolve(source, args, context, info);
      const { accountId, kind, id } = principalOf(context);
      return ledger.run({ accountId, principal: { kind, id }, mutation: field.name, clientMutationId }, args, () =>
        resolve(source, args, context, info),
      );
    };
  }
}
