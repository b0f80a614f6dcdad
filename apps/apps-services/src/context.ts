import type { Principal } from '@fg/internal-auth';
import type { ApplicationService } from './application/application.service';
import type { EnvironmentsService } from './environment/environments.service';
import type { GitSyncService } from './git-sync/git-sync.service';
import type { InfrastructureDefinitionsService } from './infrastructure-definition/infrastructure-definitions.service';
import type { ServicesService } from './service/services.service';
import type { StatsService } from './stats/stats.service';
import type { TagService } from './tag/tag.service';

export interface AppsServicesContext {
  principal: Principal;
  applications: ApplicationService;
  services: ServicesService;
  environments: EnvironmentsService;
  infrastructureDefinitions: InfrastructureDefinitionsService;
  tags: TagService;
  gitSync: GitSyncService;
  stats: StatsService;
}
