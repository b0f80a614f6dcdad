import type { Principal } from '@fg/internal-auth';
import type { DelegateRegistry, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { DelegateAdministration } from './delegate/delegate-administration.service';
import type { PipelineService } from './pipeline/pipeline.service';

export interface PipelinesContext {
  principal: Principal;
  pipelines: PipelineService;
  tasks: TaskQueue;
  delegates: DelegateRegistry;
  delegateAdministration: DelegateAdministration;
}
