import { badInput } from '@fg/graphql-kit';
import {
  applicationReach,
  applicationsNotCovered,
  type ApplicationReach,
  type CloudProvider,
  type CloudProviderRepository,
  type CloudProviderType,
  type Connector,
  type ConnectorRepository,
  type ConnectorType,
  type SecretProjection,
  type UsageScope,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { collectFields } from '../settings/settings-shape';

const SSH_SETTING_FIELD = 'sshSettingId';
const isSecretField = (key: string) => key.endsWith('SecretId') || key === SSH_SETTING_FIELD;

/**
 * Checks the references a setting makes, the way the reference server does, within the caller's account: secrets
 * (against this subgraph's projection of the secrets subgraph's events, never by calling it), cloud providers and
 * connectors of the right kind.
 */
export class ReferenceChecker {
  constructor(
    private readonly accountId: string,
    private readonly secrets: SecretProjection,
    private readonly cloudProviders: CloudProviderRepository,
    private readonly connectors: ConnectorRepository,
  ) {}

  /**
   * Every `...SecretId` (and `sshSettingId`) in the settings must name a live secret of this account of a fitting type,
   * whose usage scope reaches every application the settings' own usage scope reaches.
   */
  async checkSecrets(settings: Record<string, unknown>, where: string): Promise<void> {
    const references = collectFields(settings, isSecretField).filter((ref): ref is { path: string; value: string } => typeof ref.value === 'string');
    if (references.length === 0) return;
    const known = new Map(
      (await this.secrets.knownSecrets(this.accountId, [...new Set(references.map((ref) => ref.value))])).map((secret) => [secret.id, secret]),
    );
    const needed = reachOf(settings);
    for (const { path, value: secretId } of references) {
      const secret = known.get(secretId);
      const field = `${where}.${path}`;
      if (!secret) throw badInput(`Secret does not exist (${field}: ${secretId})`);
      const wantsSsh = path.endsWith(SSH_SETTING_FIELD);
      if (wantsSsh && secret.secretType !== 'SSH_CREDENTIAL') throw badInput(`Secret ${secretId} (${field}) is not an SSH credential`);
      if (!wantsSsh && secret.secretType !== 'ENCRYPTED_TEXT' && secret.secretType !== 'ENCRYPTED_FILE') {
        throw badInput(`Secret ${secretId} (${field}) is not an encrypted text or file`);
      }
      const missing = applicationsNotCovered(applicationReach(secret.usageScope), needed);
      if (missing.length > 0) {
        const what = missing[0] === '*' ? 'every application' : `application ${missing.join(', ')}`;
        throw badInput(`Secret ${secretId} (${field}) cannot be used here: its usage scope does not include ${what}`);
      }
    }
  }

  async requireCloudProvider(id: string, type: CloudProviderType, message: string): Promise<CloudProvider> {
    const [provider] = await this.cloudProviders.byIds(this.accountId, [id]);
    if (!provider || provider.type !== type) throw badInput(message);
    return provider;
  }

  async requireConnector(id: string, type: ConnectorType, message: string): Promise<Connector> {
    const [connector] = await this.connectors.byIds(this.accountId, [id]);
    if (!connector || connector.type !== type) throw badInput(message);
    return connector;
  }
}

/** The secrets settings refer to, each once: what `secret.referenced` / `secret.unreferenced` are about. */
export function referencedSecretIds(settings: Record<string, unknown>): string[] {
  const ids = collectFields(settings, isSecretField).map((ref) => ref.value);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** The applications a setting is used in: those of its usage scopes, or every one when it names none. */
function reachOf(settings: Record<string, unknown>): ApplicationReach {
  const scopes = collectFields(settings, (key) => key === 'usageScope').map((found) => found.value as UsageScope);
  if (scopes.length === 0) return { kind: 'all' };
  const reaches = scopes.map(applicationReach);
  if (reaches.some((reach) => reach.kind === 'all')) return { kind: 'all' };
  return { kind: 'some', appIds: new Set(reaches.flatMap((reach) => (reach.kind === 'some' ? [...reach.appIds] : []))) };
}
