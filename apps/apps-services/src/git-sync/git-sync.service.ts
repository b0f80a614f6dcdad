import type { KnownConnectorProjection } from '@fg/tenancy';
import { badInput, notFound } from '@fg/graphql-kit';
import type { Application, ApplicationRepository, GitSyncConfig } from '@fg/apps-services/data-access';
import { APPLICATION_NOT_FOUND, type ApplicationService } from '../application/application.service';
import type { ConnectorReferencePublisher } from './connector-reference-events';

export const GIT_CONNECTOR_NOT_FOUND = 'Git Connector does not exist';

export interface GitSyncConfigInput {
  gitConnectorId: string;
  branch: string;
  repositoryName?: string | null;
  syncEnabled: boolean;
}

/** An application's git sync config: part of the application's document, validated against the known connectors. */
export class GitSyncService {
  constructor(
    private readonly repository: ApplicationRepository,
    private readonly connectors: KnownConnectorProjection,
    private readonly applications: ApplicationService,
    private readonly accountId: string,
    private readonly references: ConnectorReferencePublisher,
  ) {}

  /** The one permission check of git sync: it changes the application, so UPDATE on it (NOT_FOUND first when it is missing). */
  private authorize(applicationId: string): Promise<Application> {
    return this.applications.getForUpdate(applicationId);
  }

  async update(applicationId: string, input: GitSyncConfigInput): Promise<GitSyncConfig> {
    const before = await this.authorize(applicationId);
    const branch = input.branch.trim();
    if (!branch) throw badInput('Branch must not be empty');
    const connector = await this.connectors.byId(this.accountId, input.gitConnectorId);
    if (!connector || connector.type !== 'GIT') throw notFound(GIT_CONNECTOR_NOT_FOUND);
    const config: GitSyncConfig = {
      gitConnectorId: connector.id,
      branch,
      repositoryName: input.repositoryName?.trim() || null,
      syncEnabled: input.syncEnabled,
    };
    const updated = await this.repository.setGitSyncConfig(this.accountId, applicationId, config);
    if (!updated?.gitSyncConfig) throw notFound(APPLICATION_NOT_FOUND);
    // Announced on every set (not only on a change): a lost event is repaired by setting the config again.
    const referrer = { accountId: this.accountId, appId: updated.id, appName: updated.name };
    await this.references.referenced(referrer, connector.id);
    const previous = before.gitSyncConfig?.gitConnectorId;
    if (previous && previous !== connector.id) await this.references.unreferenced(referrer, previous);
    return updated.gitSyncConfig;
  }

  async remove(applicationId: string): Promise<Application> {
    const before = await this.authorize(applicationId);
    const updated = await this.repository.removeGitSyncConfig(this.accountId, applicationId);
    if (!updated) throw notFound(APPLICATION_NOT_FOUND);
    const previous = before.gitSyncConfig?.gitConnectorId;
    if (previous) await this.references.unreferenced({ accountId: this.accountId, appId: updated.id, appName: updated.name }, previous);
    return updated;
  }

  async setEnabled(applicationId: string, syncEnabled: boolean): Promise<GitSyncConfig> {
    await this.authorize(applicationId);
    const updated = await this.repository.setGitSyncEnabled(this.accountId, applicationId, syncEnabled);
    if (updated?.gitSyncConfig) return updated.gitSyncConfig;
    throw badInput('The application has no git sync config');
  }
}
