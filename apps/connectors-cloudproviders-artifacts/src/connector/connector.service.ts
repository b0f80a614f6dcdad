import { randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, idFilterCondition, notFound, type Connection, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { requireAccountPermission } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import {
  allOf,
  enumFilterCondition,
  timeFilterCondition,
  type ArtifactSourceRepository,
  type Connector,
  type ConnectorQuery,
  type ConnectorReferenceProjection,
  type ConnectorRepository,
  type ConnectorType,
  type EnumFilter,
  type TimeFilter,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { listConnection } from '../list-page';
import type { DomainFacts } from '../events/domain-facts';
import { referencedSecretIds, type ReferenceChecker } from '../references/reference-checker';
import { checkSettings, mergeSettings, pickSubInput, withoutUndefined } from '../settings/settings-shape';
import { CONNECTOR_INPUT_SLOTS, CONNECTOR_SHAPES, WRITABLE_CONNECTOR_SLOTS } from './connector-kinds';

export const CONNECTOR_NOT_FOUND = 'Connector does not exist';
export const AWS_CLOUD_PROVIDER_NOT_FOUND = 'AWS Cloud provider does not exist';
export const GCP_CLOUD_PROVIDER_NOT_FOUND = 'Google Cloud provider does not exist';

export interface ConnectorFilter {
  connector?: IdFilter | null;
  connectorType?: EnumFilter<ConnectorType> | null;
  createdAt?: TimeFilter | null;
}

export type ConnectorInput = { connectorType: ConnectorType } & Record<string, unknown>;

export class ConnectorService {
  private readonly byId: DataLoader<string, Connector | null>;

  private readonly accountId: string;

  constructor(
    private readonly principal: Principal,
    private readonly connectors: ConnectorRepository,
    private readonly artifactSources: ArtifactSourceRepository,
    private readonly references: ReferenceChecker,
    private readonly facts: DomainFacts,
    private readonly outsideReferrers: ConnectorReferenceProjection,
  ) {
    const accountId = principal.accountId;
    this.accountId = accountId;
    this.byId = byIdLoader((ids) => connectors.byIds(accountId, ids));
  }

  /** Batched per request: entity references from the gateway arrive many at a time. */
  find(id: string): Promise<Connector | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<Connector> {
    return (await this.find(id)) ?? Promise.reject(notFound(CONNECTOR_NOT_FOUND));
  }

  list(filters: (ConnectorFilter | null)[] | null | undefined, limit: number, offset: number | null | undefined): Connection<Connector> {
    return listConnection(this.connectors, this.accountId, connectorQuery(filters ?? []), limit, offset);
  }

  async create(input: ConnectorInput): Promise<Connector> {
    this.authorizeManage();
    const type = input.connectorType;
    const { slot, settings: given } = pickSubInput(input, 'connectorType', type, slotsFor(type));
    const settings = withoutUndefined(given);
    const cloudProviderId = await this.checkKindSettings(type, slot, settings);
    let connector: Connector;
    try {
      connector = await this.connectors.create(this.accountId, {
        type,
        name: settings.name as string,
        settings,
        webhookToken: settings.generateWebhookUrl === true ? newWebhookToken() : null,
        cloudProviderId,
        createdById: actingUserId(this.principal),
      });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`A connector named ${String(settings.name)} already exists`) : error;
    }
    await this.facts.connectorCreated(connector);
    await this.facts.secretReferencesChanged({ type: 'CONNECTOR', entity: connector }, [], referencedSecretIds(connector.settings));
    return connector;
  }

  async update(id: string, input: ConnectorInput): Promise<Connector> {
    this.authorizeManage();
    const stored = await this.get(id);
    const type = input.connectorType;
    if (type !== stored.type) throw badInput(`connectorType ${type} does not match the connector's type ${stored.type}`);
    const { slot, settings: patch } = pickSubInput(input, 'connectorType', type, slotsFor(type));
    const settings = mergeSettings(stored.settings, withoutUndefined(patch), CONNECTOR_SHAPES[type] ?? {});
    const cloudProviderId = await this.checkKindSettings(type, slot, settings);
    // The webhook URL stays the same while generateWebhookUrl stays on, so the git provider's hook keeps working.
    const webhookToken = settings.generateWebhookUrl === true ? (stored.webhookToken ?? newWebhookToken()) : null;
    let updated: Connector | null;
    try {
      updated = await this.connectors.replaceSettings(this.accountId, stored, {
        name: settings.name as string,
        settings,
        webhookToken,
        cloudProviderId,
      });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`A connector named ${String(settings.name)} already exists`) : error;
    }
    if (!updated) throw conflict('The connector changed while it was being updated; try again');
    // Other subgraphs show its name (apps-services' git sync, pipelines' webhook triggers).
    if (updated.name !== stored.name) await this.facts.connectorRenamed(updated);
    await this.facts.secretReferencesChanged(
      { type: 'CONNECTOR', entity: updated },
      referencedSecretIds(stored.settings),
      referencedSecretIds(updated.settings),
    );
    return updated;
  }

  /**
   * Refused while an artifact source of this subgraph reads through the connector. Git sync configurations (apps-services)
   * are not visible here; see README, "Deleting what is in use".
   */
  async delete(id: string): Promise<void> {
    this.authorizeManage();
    const connector = await this.get(id);
    const [source] = await this.artifactSources.readingThroughConnector(this.accountId, id, 1);
    if (source) {
      throw conflict(
        `Connector ${connector.name} is used by artifact source ${source.name} (${source.id}) of service ${source.serviceId}; delete that first`,
      );
    }
    // What other subgraphs announced (apps-services' git sync configs): known here only through connector.referenced.
    const [referrer] = await this.outsideReferrers.referrers(this.accountId, id, 1);
    if (referrer) {
      throw conflict(`Connector ${connector.name} is used by ${describeReferrer(referrer)}; remove that reference first`);
    }
    if (!(await this.connectors.remove(this.accountId, id))) throw notFound(CONNECTOR_NOT_FOUND);
    await this.facts.connectorDeleted(connector);
    await this.facts.secretReferencesChanged({ type: 'CONNECTOR', entity: connector }, referencedSecretIds(connector.settings), []);
  }

  /** Checks required fields, sub-inputs and references; answers the cloud provider a Helm repository reads through. */
  private async checkKindSettings(type: ConnectorType, slot: string, settings: Record<string, unknown>): Promise<string | null> {
    checkSettings(settings, CONNECTOR_SHAPES[type] ?? {}, slot);
    await this.references.checkSecrets(settings, slot);
    if (type === 'AMAZON_S3_HELM_REPO') {
      const id = (settings.amazonS3PlatformDetails as { awsCloudProvider: string }).awsCloudProvider;
      return (await this.references.requireCloudProvider(id, 'AWS', AWS_CLOUD_PROVIDER_NOT_FOUND)).id;
    }
    if (type === 'GCS_HELM_REPO') {
      const id = (settings.gcsPlatformDetails as { googleCloudProvider: string }).googleCloudProvider;
      return (await this.references.requireCloudProvider(id, 'GCP', GCP_CLOUD_PROVIDER_NOT_FOUND)).id;
    }
    return null;
  }

  /** Connector writes need MANAGE_CONNECTORS (API.md §3.5); reads are open to every principal of the account. */
  private authorizeManage(): void {
    requireAccountPermission(this.principal.permissions, 'MANAGE_CONNECTORS');
  }
}

/** The input slots for a kind: its own, and every other one so that a sub-input of another kind is refused. */
function slotsFor(type: ConnectorType): Record<string, string> {
  const own = WRITABLE_CONNECTOR_SLOTS[type];
  if (!own) throw badInput(`connectorType ${type} cannot be created or updated through this API (only GIT, DOCKER, NEXUS and Helm repositories)`);
  const slots: Record<string, string> = { [type]: own };
  for (const slot of CONNECTOR_INPUT_SLOTS) if (slot !== own) slots[`other:${slot}`] = slot;
  return slots;
}

/** 144 random bits, URL-safe: the webhook URL is its own credential. */
const newWebhookToken = () => randomBytes(18).toString('base64url');

function connectorQuery(filters: (ConnectorFilter | null)[]): ConnectorQuery {
  const conditions = filters.flatMap((filter) => {
    if (!filter) return [];
    return [
      ...(filter.connector ? [{ _id: idFilterCondition(filter.connector) }] : []),
      ...(filter.connectorType ? [{ type: enumFilterCondition(filter.connectorType) }] : []),
      ...(filter.createdAt ? [{ createdAt: timeFilterCondition(filter.createdAt) }] : []),
    ];
  });
  return allOf(conditions) as ConnectorQuery;
}

/** How a refusal names a referrer from another subgraph. */
function describeReferrer(referrer: { type: string; id: string; name: string }): string {
  if (referrer.type === 'GIT_SYNC') return `the git sync config of application ${referrer.name} (${referrer.id})`;
  if (referrer.type === 'TRIGGER') return `trigger ${referrer.name} (${referrer.id})`;
  return `${referrer.type} ${referrer.name} (${referrer.id})`;
}
