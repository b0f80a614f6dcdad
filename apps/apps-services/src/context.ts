import type { Identity } from '@fg/internal-auth';
import type { ApplicationService } from './application/application.service';

export interface AppsServicesContext {
  identity: Identity;
  applications: ApplicationService;
}
