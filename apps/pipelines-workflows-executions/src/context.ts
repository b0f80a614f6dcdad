import type { Principal } from '@fg/internal-auth';
import type { DelegateService } from './delegate/delegate.service';
import type { ExecutionService } from './execution/execution.service';
import type { ExportService } from './export/export.service';
import type { PipelineService } from './pipeline/pipeline.service';
import type { TriggerService } from './trigger/trigger.service';
import type { WorkflowService } from './workflow/workflow.service';

export interface PipelinesContext {
  principal: Principal;
  pipelines: PipelineService;
  workflows: WorkflowService;
  delegates: DelegateService;
  triggers: TriggerService;
  executions: ExecutionService;
  exports: ExportService;
}
