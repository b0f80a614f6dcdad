import type { Principal } from '@fg/internal-auth';
import type { DelegateService } from './delegate/delegate.service';
import type { PipelineService } from './pipeline/pipeline.service';
import type { TriggerService } from './trigger/trigger.service';

export interface PipelinesContext {
  principal: Principal;
  pipelines: PipelineService;
  delegates: DelegateService;
  triggers: TriggerService;
}
