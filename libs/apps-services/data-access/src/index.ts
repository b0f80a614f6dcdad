export { ApplicationRepository, type ApplicationQuery } from './application/application.repository';
export type { Application, ApplicationFields } from './application/application.entity';
