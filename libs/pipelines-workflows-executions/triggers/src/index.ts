// Triggers that fire: Quartz schedules (BullMQ job schedulers), webhooks, artifact / pipeline / manifest events, all
// through one firing pipeline that claims each delivery once and starts through TriggerExecutionStarter.
export { CronSyntaxError, nextFireTime, parseQuartzCron, type QuartzCron } from './cron/quartz-cron';
export { describeQuartzCron } from './cron/cron-description';
export { WEBHOOK_HEADERS, readWebhookDelivery, WebhookPayloadError, type WebhookDelivery, type WebhookHeaders } from './webhook/webhook-delivery';
export { matchWebhook, filePathMatches, type WebhookCriteria } from './webhook/webhook-matching';
export { githubSignature, githubSignatureMatches } from './webhook/webhook-signature';
export { buildFilter, regexProblem } from './firing/build-filter';
export type { FiringOccasion } from './firing/firing-occasion';
export { SelectionResolver } from './firing/selection-resolver';
export {
  EngineNotWiredStarter,
  executeRequestById,
  type TriggerTarget,
  type FiringManifest,
  type StartOutcome,
  type TriggeredExecutionRequest,
  type TriggerExecutionStarter,
} from './firing/trigger-execution-starter';
export { EngineLauncherStarter, serviceInputsOf, serviceNamesOf, type ExecutionLauncherLike, type ServiceNames, type TriggeredServiceInput } from './firing/engine-launcher.starter';
export { TriggerFirer, NO_APPLICATION_GATE, applicationGateOf, actingPrincipal, type TriggerApplicationGate, type FireResult, type FirerLogger } from './firing/trigger-firer';
export { TriggerDispatcher, type EndedExecution, type WebhookAnswer } from './firing/trigger-dispatcher';
export { TRIGGER_SCHEDULE_QUEUE, TRIGGER_TICK_JOB, type TriggerTickV1 } from './schedule/trigger-schedule.contract';
export { TriggerSchedules, TriggerScheduleWorker, type TriggerTick, type TriggerSchedulesOptions } from './schedule/trigger-schedules';
