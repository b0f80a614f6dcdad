/** createdBy is a User reference that identity-users-groups resolves. */
export const userReference = (entity: { createdById: string | null }) => (entity.createdById ? { id: entity.createdById } : null);
