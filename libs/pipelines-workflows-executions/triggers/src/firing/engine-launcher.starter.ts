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
    input: {
      applicationId: string;
      executionType: 'WORKFLOW' | 'PIPELINE';
      entityId: string;
      variableInputs: Array<{ name: string; variableValue: { type: 'ID' | 'NAME' | 'EXPRESSION'; value: string } }>;
      serviceInputs: Array<{
        name: string;
        artifactValueInput?: { valueType: 'ARTIFACT_ID'; artifactId: { artifactId: string } };
        manifestValueInput?: { valueType: 'VERSION_NUMBER'; versionNumber: { appManifestName: string; versionNumber: string } };
      }>;
      notes: string;
      excludeHostsWithSameArtifact?: boolean;
      continueWithDefaultValues?: boolean;
      cause: { type: 'TRIGGER'; triggerId: string; triggerName: string };
    },
  ): Promise<{ execution: { id: string }; warningMessage?: string | null }>;
}

/** ServiceInput names a service by name; the engine's catalog knows them. */
export type ServiceNames = (accountId: string, serviceIds: string[]) => Promise<Map<string, string>>;

/** The engine's errors carry extensions.code; a refusal becomes the reason a firing records. */
function reasonOf(error: unknown): TriggerRefusalReason | null {
  const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } } | null)?.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : null;
  const message = error instanceof Error ? error.message : '';
  if (code === 'FORBIDDEN') return 'NOT_AUTHORIZED';
  if (code === 'QUOTA_EXCEEDED' || code === 'RATE_LIMITED' || /quota/i.test(message)) return 'QUOTA_EXCEEDED';
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') return 'INVALID_EXECUTION_INPUT';
  if (code === 'CONFLICT') return 'START_FAILED';
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
      const { execution, warningMessage } = await this.launcher.start(request.principal, {
        applicationId: request.applicationId,
        executionType: request.executionType,
        entityId: request.entityId,
        variableInputs: request.variables.map((v) => ({ name: v.name, variableValue: { type: v.valueType, value: v.value } })),
        serviceInputs: [
          ...request.artifacts.map((a) => ({
            name: nameOf(a.serviceId),
            artifactValueInput: { valueType: 'ARTIFACT_ID' as const, artifactId: { artifactId: a.artifactId } },
          })),
          ...request.manifests.map((m) => ({
            name: nameOf(m.serviceId),
            manifestValueInput: { valueType: 'VERSION_NUMBER' as const, versionNumber: { appManifestName: m.appManifestId, versionNumber: m.version } },
          })),
        ],
        notes: request.notes,
        excludeHostsWithSameArtifact: request.excludeHostsWithSameArtifact,
        continueWithDefaultValues: request.continueWithDefaultValues,
        cause: { type: 'TRIGGER', triggerId: request.trigger.id, triggerName: request.trigger.name },
      });
      return { started: true, executionId: execution.id, warningMessage: warningMessage ?? null };
    } catch (error) {
      const reason = reasonOf(error);
      if (!reason) throw error;
      return { started: false, reason, message: error instanceof Error ? error.message : String(error) };
    }
  }
}
