import type { Resolvers } from '../generated/resolvers-types';
import { actionView, conditionView, firingManifests } from './trigger.read-model';

export const triggerResolvers: Resolvers = {
  Query: {
    trigger: (_, args, { triggers }) => triggers.get(args.triggerId),
    triggerByName: (_, args, { triggers }) => triggers.getByName(args.applicationId, args.triggerName),
    triggers: (_, args, { triggers }) => triggers.list(args.filters, args.limit, args.offset),
    triggerFirings: (_, args, { triggers }) => triggers.firings(args.triggerId, args.limit, args.offset),
  },
  Mutation: {
    createTrigger: async (_, { input }, { triggers }) => ({ clientMutationId: input.clientMutationId, trigger: await triggers.create(input) }),
    updateTrigger: async (_, { input }, { triggers }) => ({ clientMutationId: input.clientMutationId, trigger: await triggers.update(input) }),
    deleteTrigger: async (_, { input }, { triggers }) => {
      await triggers.delete(input);
      return { clientMutationId: input.clientMutationId };
    },
    recordManifestVersion: async (_, { input }, { triggers }) => ({ clientMutationId: input.clientMutationId, ...(await triggers.recordManifestVersion(input)) }),
  },
  Trigger: {
    __resolveReference: (reference, { triggers }) => (reference.id ? triggers.find(reference.id) : null),
    condition: async (trigger, _, { triggers }) => conditionView(trigger, await triggers.mentionedNames(trigger), triggers.publicBaseUrl),
    action: async (trigger, _, { triggers }) => actionView(trigger, await triggers.mentionedNames(trigger)),
    createdBy: (trigger) => (trigger.createdBy ? { id: trigger.createdBy } : null),
    excludeHostsWithSameArtifact: (trigger) => trigger.action.excludeHostsWithSameArtifact,
    tags: (trigger, _, { triggers }) => triggers.tagsOf(trigger.id),
  },
  ExecutedByTrigger: {
    // A trigger deleted since, or one the caller may not read, answers null.
    trigger: (cause, _, { triggers }) => (cause.type === 'TRIGGER' ? triggers.find(cause.triggerId) : null),
  },
  TriggerFiring: {
    manifests: (firing) => firingManifests(firing),
  },
  Manifest: {
    name: (manifest) => manifest.version,
    description: () => null,
    createdAt: (manifest) => (manifest.createdAt === null ? null : String(manifest.createdAt)),
    applicationManifestId: (manifest) => manifest.appManifestId,
  },
};
