import type { Principal } from '@fg/internal-auth';
import type { ArtifactService } from './artifact/artifact.service';
import type { ArtifactSourceService } from './artifact-source/artifact-source.service';
import type { CloudProviderService } from './cloud-provider/cloud-provider.service';
import type { ConnectorService } from './connector/connector.service';

export interface ConnectorsContext {
  principal: Principal;
  cloudProviders: CloudProviderService;
  connectors: ConnectorService;
  artifactSources: ArtifactSourceService;
  artifacts: ArtifactService;
  /** The public URL a git provider posts push events to, for a Git connector's webhook token. */
  gitWebhookUrl(token: string): string;
}

export interface MutationArgs<TInput> {
  input: TInput & { clientMutationId?: string | null };
}

export interface PageArgs<TFilter> {
  filters?: (TFilter | null)[] | null;
  limit: number;
  offset?: number | null;
}

/** A service of apps-services, as this subgraph sees it: only its id (it adds the service's artifact sources). */
export interface ServiceReference {
  id: string;
}
