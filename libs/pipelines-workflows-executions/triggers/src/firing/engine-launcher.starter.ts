import type { Principal } from '@fg/internal-auth';
import type { TriggerRefusalReason } from '@fg/pipelines-workflows-executions/data-access';
import type { StartOutcome, TriggeredExecutionRequest, TriggerExecutionStarter } from './trigger-execution-starter';

/**
 * The execution engine's launcher as far as triggers use it (libs/pipelines-workflows-executions/engine,
 * `ExecutionLauncher.start`): StartExecutionInput's fields plus the cause. Declared here structurally so that this lib
 * does not depend on the engine's; the lead wires `new EngineLauncherStarter(launcher, serviceNames)`.
 */
export interface ExecutionLauncherLike {
  start(
    principal: Principal,
    request: {
      applicationId: string;
      executionType: 'WORKFLOW' | 'PIPELINE';
      entityId: string;
      variableInputs: Array<{ name: string; variableValue: { type: 'ID' | 'NAME' | 'EXPRESSION'; value: string } }>;
      serviceInputs: Array<{ name: string; artifactValueInput: { valueType: 'ARTIFACT_ID'; artifactId: { artifactId: string } } }>;
      notes: string;
      cause: { type: 'TRIGGER'; triggerId: string };
    },
  ): Promise<{ execution: { id: string }; warningMessage: string | null }>;
}

/** ServiceInput names a service by name; the engine's facts (the catalog projection) know them. */
export type ServiceNames = (accountId: string, serviceIds: string[]) => Promise<Map<string, string>>;

/** ServiceNames over anything that lists services by id (the engine's ExecutionFacts, the catalog projection). */
export function serviceNamesOf(lookup: { services(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>> }): ServiceNames {
  return async (accountId, serviceIds) => new Map((await lookup.services(accountId, serviceIds)).map((s) => [s.id, s.name]));
}

/** The engine's errors carry extensions.code; a refusal becomes the reason a firing records. */
function reasonOf(error: unknown): TriggerRefusalReason | null {
  const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } } | null)?.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : null;
  if (code === 'FORBIDDEN') return 'NOT_AUTHORIZED';
  // DEPLOYMENT_LIMIT_REACHED: the engine's rolling deployment quota refused the start.
  if (code === 'DEPLOYMENT_LIMIT_REACHED') return 'QUOTA_EXCEEDED';
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') return 'INVALID_EXECUTION_INPUT';
  // QUOTA_UNAVAILABLE (the quota cannot be checked: it fails closed), CONFLICT: recorded, not retried.
  if (code === 'QUOTA_UNAVAILABLE' || code === 'CONFLICT') return 'START_FAILED';
  return null;
}

export class EngineLauncherStarter implements TriggerExecutionStarter {
  constructor(
    private readonly launcher: ExecutionLauncherLike,
    private readonly serviceNames: ServiceNames,
  ) {}

  async start(request: TriggeredExecutionRequest): Promise<StartOutcome> {
    const serviceIds = [...new Set([...request.artifacts, ...request.manifests].map((s) => s.serviceId))];
    const names = serviceIds.length ? await this.serviceNames(request.principal.accountId, serviceIds) : new Map<string, string>();
    const nameOf = (serviceId: string) => names.get(serviceId) ?? serviceId;
    try {
      // The engine deploys no manifests yet (its ServiceInput has no manifestValueInput): chosen manifests are recorded
      // on the firing only.
      const { execution, warningMessage } = await this.launcher.start(request.principal, {
        applicationId: request.applicationId,
        executionType: request.executionType,
        entityId: request.entityId,
        variableInputs: request.variables.map((v) => ({ name: v.name, variableValue: { type: v.valueType, value: v.value } })),
        serviceInputs: request.artifacts.map((a) => ({
          name: nameOf(a.serviceId),
          artifactValueInput: { valueType: 'ARTIFACT_ID' as const, artifactId: { artifactId: a.artifactId } },
        })),
        notes: request.notes,
        cause: { type: 'TRIGGER', triggerId: request.trigger.id },
      });
      return { started: true, executionId: execution.id, warningMessage: warningMessage ?? null };
    } catch (error) {
      const reason = reasonOf(error);
      if (!reason) throw error;
      return { started: false, reason, message: error instanceof Error ? error.message : String(error) };
    }
  }
}
