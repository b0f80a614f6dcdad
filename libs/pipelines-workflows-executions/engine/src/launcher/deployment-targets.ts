import type { Workflow } from '@fg/pipelines-workflows-executions/data-access';
import type { ExecutionFacts } from './execution-facts';

/** The message startExecution refuses a workflow with when a service it deploys is gone (or never was). */
export const missingService = (serviceId: string) => `Service ${serviceId} deployed by this workflow does not exist`;
const missingEnvironment = (environmentId: string) => `Environment ${environmentId} this workflow deploys to does not exist`;
const missingInfrastructureDefinition = (id: string) => `Infrastructure definition ${id} deployed to by this workflow does not exist`;

/**
 * Why these workflows cannot start because the environment or an infrastructure definition they deploy to is gone
 * (deleted in apps-services, as the catalog projection's tombstones say, or never known), or null when every one is
 * there: two reads for any number of workflows. Services are checked where their inputs are resolved.
 */
export async function missingDeploymentTarget(facts: ExecutionFacts, accountId: string, workflows: readonly Workflow[]): Promise<{ workflow: Workflow; message: string } | null> {
  const environmentIds = [...new Set(workflows.flatMap((workflow) => (workflow.environmentId ? [workflow.environmentId] : [])))];
  const definitionIds = [...new Set(workflows.flatMap(infrastructureDefinitionIds))];
  const [environments, definitions] = await Promise.all([facts.environments(accountId, environmentIds), facts.infrastructureDefinitions(accountId, definitionIds)]);
  const knownEnvironments = new Set(environments.map(({ id }) => id));
  const knownDefinitions = new Set(definitions.map(({ id }) => id));
  for (const workflow of workflows) {
    if (workflow.environmentId && !knownEnvironments.has(workflow.environmentId)) return { workflow, message: missingEnvironment(workflow.environmentId) };
    const definitionId = infrastructureDefinitionIds(workflow).find((id) => !knownDefinitions.has(id));
    if (definitionId) return { workflow, message: missingInfrastructureDefinition(definitionId) };
  }
  return null;
}

function infrastructureDefinitionIds(workflow: Workflow): string[] {
  return workflow.phases.flatMap((phase) => phase.steps.flatMap((step) => (step.type === 'DEPLOY' && step.infrastructureDefinitionId ? [step.infrastructureDefinitionId] : [])));
}
