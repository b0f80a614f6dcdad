import type { Principal } from '@fg/internal-auth';
import type { ApplicationService } from './application/application.service';

export interface AppsServicesContext {
  principal: Principal;
  applications: ApplicationService;
}
