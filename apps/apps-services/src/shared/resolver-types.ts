/** Every mutation takes one `input` with an optional clientMutationId that its payload echoes. */
export interface MutationInput<T> {
  input: T & { clientMutationId?: string | null };
}

export interface PageArgs {
  limit: number;
  offset?: number | null;
}

export interface ListArgs<F> extends PageArgs {
  filters?: (F | null)[] | null;
}

/** createdBy is a User reference that identity-users-groups resolves. */
export const userReference = (entity: { createdById: string | null }) => (entity.createdById ? { id: entity.createdById } : null);
