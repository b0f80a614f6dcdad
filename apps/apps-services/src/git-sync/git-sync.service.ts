import { badInput, notFound } from '@fg/graphql-kit';
import type { Application, ApplicationRepository, GitSyncConfig, KnownConnectorProjection } from '@fg/apps-services/data-access';
import { APPLICATION_NOT_FOUND, type ApplicationService } from '../application/application.service';

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
  ) {}

  /** The one permission check of git sync: it changes the application, so UPDATE on it (NOT_FOUND first when it is missing). */
  private async authorize(applicationId: string): Promise<void> {
    await this.applications.getForUpdate(applicationId);
  }

  async update(applicationId: string, input: GitSyncConfigInput): Promise<GitSyncConfig> {
    await this.authorize(applicationId);
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
    return updated?.gitSyncConfig ?? Promise.reject(notFound(APPLICATION_NOT_FOUND));
  }

  async remove(applicationId: string): Promise<Application> {
    await this.authorize(applicationId);
    const updated = await this.repository.removeGitSyncConfig(this.accountId, applicationId);
    return updated ?? Promise.reject(notFound(APPLICATION_NOT_FOUND));
  }

  async setEnabled(applicationId: string, syncEnabled: boolean): Promise<GitSyncConfig> {
    await this.authorize(applicationId);
    const updated = await this.repository.setGitSyncEnabled(this.accountId, applicationId, syncEnabled);
    if (updated?.gitSyncConfig) return updated.gitSyncConfig;
    throw badInput('The application has no git sync config');
  }
}
