import type { Principal } from '@fg/internal-auth';
import type {
  DelegateRegistry,
  DelegateTokenRepository,
  TaskQueue,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { PipelineService } from './pipeline/pipeline.service';

export interface PipelinesContext {
  principal: Principal;
  pipelines: PipelineService;
  tasks: TaskQueue;
  delegates: DelegateRegistry;
  delegateTokens: DelegateTokenRepository;
}
