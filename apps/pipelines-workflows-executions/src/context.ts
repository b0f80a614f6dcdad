import type { Principal } from '@fg/internal-auth';
import type { DelegateService } from './delegate/delegate.service';
import type { ExportService } from './export/export.service';
import type { PipelineService } from './pipeline/pipeline.service';

export interface PipelinesContext {
  principal: Principal;
  pipelines: PipelineService;
  delegates: DelegateService;
  exports: ExportService;
}
