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

  /** Where the permission check goes once @fg/permissions lands (git sync needs the application's update permission). */
  private authorize(_action: 'update'): void {}

  async update(applicationId: string, input: GitSyncConfigInput): Promise<GitSyncConfig> {
    this.authorize('update');
    const branch = input.branch.trim();
    if (!branch) throw badInput('Branch must not be empty');
    await this.applications.get(applicationId);
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
    this.authorize('update');
    const updated = await this.repository.removeGitSyncConfig(this.accountId, applicationId);
    return updated ?? Promise.reject(notFound(APPLICATION_NOT_FOUND));
  }

  async setEnabled(applicationId: string, syncEnabled: boolean): Promise<GitSyncConfig> {
    this.authorize('update');
    const updated = await this.repository.setGitSyncEnabled(this.accountId, applicationId, syncEnabled);
    if (updated?.gitSyncConfig) return updated.gitSyncConfig;
    await this.applications.get(applicationId);
    throw badInput('The application has no git sync config');
  }
}
