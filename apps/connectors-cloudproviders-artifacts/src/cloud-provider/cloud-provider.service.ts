import { badInput, conflict, idFilterCondition, notFound, type Connection, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { requireAccountPermission } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import {
  allOf,
  enumFilterCondition,
  timeFilterCondition,
  type ArtifactSourceRepository,
  type CloudProvider,
  type CloudProviderQuery,
  type CloudProviderRepository,
  type CloudProviderType,
  type ConnectorRepository,
  type EnumFilter,
  type TimeFilter,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { DomainFacts } from '../events/domain-facts';
import { listConnection } from '../list-page';
import { referencedSecretIds, type ReferenceChecker } from '../references/reference-checker';
import { checkSettings, isGiven, mergeSettings, pickSubInput, withoutUndefined } from '../settings/settings-shape';
import { CLOUD_PROVIDER_SHAPES, CLOUD_PROVIDER_SLOTS } from './cloud-provider-kinds';

export const CLOUD_PROVIDER_NOT_FOUND = 'Cloud Provider does not exist';

export interface CloudProviderFilter {
  cloudProvider?: IdFilter | null;
  cloudProviderType?: EnumFilter<CloudProviderType> | null;
  isCEEnabled?: EnumFilter<boolean> | null;
  createdAt?: TimeFilter | null;
}

export type CloudProviderInput = { cloudProviderType: CloudProviderType } & Record<string, unknown>;

export class CloudProviderService {
  private readonly accountId: string;

  constructor(
    private readonly principal: Principal,
    private readonly cloudProviders: CloudProviderRepository,
    private readonly connectors: ConnectorRepository,
    private readonly artifactSources: ArtifactSourceRepository,
    private readonly references: ReferenceChecker,
    private readonly facts: DomainFacts,
  ) {
    this.accountId = principal.accountId;
  }

  async get(id: string): Promise<CloudProvider> {
    const [provider] = await this.cloudProviders.byIds(this.accountId, [id]);
    return provider ?? Promise.reject(notFound(CLOUD_PROVIDER_NOT_FOUND));
  }

  async getByName(name: string): Promise<CloudProvider> {
    return (await this.cloudProviders.byName(this.accountId, name)) ?? Promise.reject(notFound(CLOUD_PROVIDER_NOT_FOUND));
  }

  list(filters: (CloudProviderFilter | null)[] | null | undefined, limit: number, offset: number | null | undefined): Connection<CloudProvider> {
    return listConnection(this.cloudProviders, this.accountId, cloudProviderQuery(filters ?? []), limit, offset);
  }

  async create(input: CloudProviderInput): Promise<CloudProvider> {
    this.authorizeManage();
    const type = input.cloudProviderType;
    const { slot, settings: given } = pickSubInput(input, 'cloudProviderType', type, CLOUD_PROVIDER_SLOTS);
    const settings = withDefaults(type, withoutUndefined(given));
    await this.checkKindSettings(type, slot, settings);
    let provider: CloudProvider;
    try {
      provider = await this.cloudProviders.create(this.accountId, {
        type,
        name: settings.name as string,
        settings,
        createdById: actingUserId(this.principal),
      });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`A cloud provider named ${String(settings.name)} already exists`) : error;
    }
    await this.facts.cloudProviderCreated(provider);
    await this.facts.secretReferencesChanged({ type: 'CLOUD_PROVIDER', entity: provider }, [], referencedSecretIds(provider.settings));
    return provider;
  }

  async update(id: string, input: CloudProviderInput): Promise<CloudProvider> {
    this.authorizeManage();
    const stored = await this.get(id);
    const type = input.cloudProviderType;
    if (type !== stored.type) throw badInput(`cloudProviderType ${type} does not match the cloud provider's type ${stored.type}`);
    const { slot, settings: patch } = pickSubInput(input, 'cloudProviderType', type, CLOUD_PROVIDER_SLOTS);
    const settings = withDefaults(type, mergeSettings(stored.settings, withoutUndefined(patch), CLOUD_PROVIDER_SHAPES[type]));
    await this.checkKindSettings(type, slot, settings);
    let updated: CloudProvider | null;
    try {
      updated = await this.cloudProviders.replaceSettings(this.accountId, stored, { name: settings.name as string, settings });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`A cloud provider named ${String(settings.name)} already exists`) : error;
    }
    if (!updated) throw conflict('The cloud provider changed while it was being updated; try again');
    await this.facts.secretReferencesChanged(
      { type: 'CLOUD_PROVIDER', entity: updated },
      referencedSecretIds(stored.settings),
      referencedSecretIds(updated.settings),
    );
    return updated;
  }

  /** Refused while anything of this subgraph still reads through the provider (see README, "Deleting what is in use"). */
  async delete(id: string): Promise<void> {
    this.authorizeManage();
    const provider = await this.get(id);
    const [source] = await this.artifactSources.readingThroughCloudProvider(this.accountId, id, 1);
    if (source) {
      throw conflict(
        `Cloud provider ${provider.name} is used by artifact source ${source.name} (${source.id}) of service ${source.serviceId}; delete that first`,
      );
    }
    const [connector] = await this.connectors.readingThroughCloudProvider(this.accountId, id, 1);
    if (connector) throw conflict(`Cloud provider ${provider.name} is used by Helm connector ${connector.name} (${connector.id}); delete that first`);
    if (!(await this.cloudProviders.remove(this.accountId, id))) throw notFound(CLOUD_PROVIDER_NOT_FOUND);
    await this.facts.cloudProviderDeleted(provider);
    await this.facts.secretReferencesChanged({ type: 'CLOUD_PROVIDER', entity: provider }, referencedSecretIds(provider.settings), []);
  }

  private async checkKindSettings(type: CloudProviderType, slot: string, settings: Record<string, unknown>): Promise<void> {
    checkSettings(settings, CLOUD_PROVIDER_SHAPES[type], slot);
    await this.references.checkSecrets(settings, slot);
  }

  /** Cloud provider writes need MANAGE_CLOUD_PROVIDERS (API.md §3.5); reads are open to every principal of the account. */
  private authorizeManage(): void {
    requireAccountPermission(this.principal.permissions, 'MANAGE_CLOUD_PROVIDERS');
  }
}

/** AWS: without credentialsType the one credential sub-input given decides it. */
function withDefaults(type: CloudProviderType, settings: Record<string, unknown>): Record<string, unknown> {
  if (type !== 'AWS' || isGiven(settings.credentialsType)) return settings;
  const inferred = (
    [
      ['EC2_IAM', 'ec2IamCredentials'],
      ['MANUAL', 'manualCredentials'],
      ['IRSA', 'irsaCredentials'],
    ] as const
  ).filter(([, slot]) => isGiven(settings[slot]));
  return inferred.length === 1 ? { ...settings, credentialsType: inferred[0][0] } : settings;
}

function cloudProviderQuery(filters: (CloudProviderFilter | null)[]): CloudProviderQuery {
  const conditions = filters.flatMap((filter) => {
    if (!filter) return [];
    return [
      ...(filter.cloudProvider ? [{ _id: idFilterCondition(filter.cloudProvider) }] : []),
      ...(filter.cloudProviderType ? [{ type: enumFilterCondition(filter.cloudProviderType) }] : []),
      ...(filter.isCEEnabled ? [{ isContinuousEfficiencyEnabled: enumFilterCondition(filter.isCEEnabled) }] : []),
      ...(filter.createdAt ? [{ createdAt: timeFilterCondition(filter.createdAt) }] : []),
    ];
  });
  return allOf(conditions) as CloudProviderQuery;
}
