import type { Principal } from '@fg/internal-auth';
import type { AppPermissionRequest } from '@fg/permissions';
import type { FiringArtifact, TriggerRefusalReason } from '@fg/pipelines-workflows-executions/data-access';
import type { FiringManifest, StartOutcome, TriggeredExecutionRequest, TriggerExecutionStarter, TriggerTarget } from './trigger-execution-starter';

/** A ServiceInput as a firing gives it: the chosen artifact and chart version, each by its id. */
export interface TriggeredServiceInput {
  name: string;
  artifactValueInput?: { valueType: 'ARTIFACT_ID'; artifactId: { artifactId: string } };
  manifestValueInput?: { valueType: 'HELM_CHART_ID'; helmChartId: string };
}

/**
 * The execution engine's launcher as far as triggers use it (libs/pipelines-workflows-executions/engine,
 * `ExecutionLauncher.start`): StartExecutionInput's fields plus the cause, and the permission request it checks. Declared here structurally so that this lib
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
      serviceInputs: TriggeredServiceInput[];
      notes: string;
      cause: { type: 'TRIGGER'; triggerId: string };
    },
  ): Promise<{ execution: { id: string }; warningMessage: string | null }>;
  executeRequest(accountId: string, target: TriggerTarget): Promise<AppPermissionRequest>;
}

/** ServiceInput names a service by name; the engine's facts (the catalog projection) know them. */
export type ServiceNames = (accountId: string, serviceIds: string[]) => Promise<Map<string, string>>;

/** ServiceNames over anything that lists services by id (the engine's ExecutionFacts, the catalog projection). */
export function serviceNamesOf(lookup: { services(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>> }): ServiceNames {
  return async (accountId, serviceIds) => new Map((await lookup.services(accountId, serviceIds)).map((s) => [s.id, s.name]));
}

/** One service input per service, naming the service by name, with its artifact and chart version (either may be absent). */
export function serviceInputsOf(artifacts: readonly FiringArtifact[], manifests: readonly FiringManifest[], nameOf: (serviceId: string) => string): TriggeredServiceInput[] {
  const inputs = new Map<string, TriggeredServiceInput>();
  const inputOf = (serviceId: string) => {
    let input = inputs.get(serviceId);
    if (!input) inputs.set(serviceId, (input = { name: nameOf(serviceId) }));
    return input;
  };
  for (const artifact of artifacts) inputOf(artifact.serviceId).artifactValueInput = { valueType: 'ARTIFACT_ID', artifactId: { artifactId: artifact.artifactId } };
  for (const manifest of manifests) inputOf(manifest.serviceId).manifestValueInput = { valueType: 'HELM_CHART_ID', helmChartId: manifest.manifestId };
  return [...inputs.values()];
}

/** The engine's errors carry extensions.code; a refusal becomes the reason a firing records. */
function reasonOf(error: unknown): TriggerRefusalReason | null {
  const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } } | null)?.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : null;
  if (code === 'FORBIDDEN') return 'NOT_AUTHORIZED';
  // DEPLOYMENT_LIMIT_REACHED: the engine's rolling deployment quota refused the start.
  if (code === 'DEPLOYMENT_LIMIT_REACHED') return 'QUOTA_EXCEEDED';
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') return 'INVALID_EXECUTION_INPUT';
  // SERVICE_UNAVAILABLE (the quota cannot be checked: it fails closed), CONFLICT: recorded with the engine's message.
  if (code === 'SERVICE_UNAVAILABLE' || code === 'CONFLICT') return 'START_FAILED';
  return null;
}

export class EngineLauncherStarter implements TriggerExecutionStarter {
  constructor(
    private readonly launcher: ExecutionLauncherLike,
    private readonly serviceNames: ServiceNames,
  ) {}

  executeRequest(accountId: string, target: TriggerTarget): Promise<AppPermissionRequest> {
    return this.launcher.executeRequest(accountId, target);
  }

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
        serviceInputs: serviceInputsOf(request.artifacts, request.manifests, nameOf),
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
