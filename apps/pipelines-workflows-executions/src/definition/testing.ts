// Test support for the workflow and pipeline integration specs (never imported by runtime code): apps-services' facts
// written straight into this subgraph's projections, as its domain events would.
import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { CatalogProjection, TagLinkProjection } from '@fg/pipelines-workflows-executions/data-access';
import type { TestSubgraph } from '@fg/subgraph-server/testing';

let sequence = 0;
const next = () => eventPosition(`1733052000000-${++sequence}`);

export function catalogFixtures(subgraph: TestSubgraph) {
  const catalog = new CatalogProjection(subgraph.connection);
  const tags = new TagLinkProjection(subgraph.connection);
  return {
    async application(accountId: string, appId: string, name = appId) {
      const payload = { accountId, appId, name, disableTriggers: false, isManualTriggerAuthorized: false, areWebHookSecretsMandated: false };
      await catalog.apply(createDomainEvent('application.created', payload), next());
    },
    async service(accountId: string, appId: string, serviceId: string) {
      await catalog.apply(createDomainEvent('service.created', { accountId, appId, serviceId, name: serviceId, deploymentType: 'KUBERNETES', artifactType: 'DOCKER' }), next());
    },
    async environment(accountId: string, appId: string, environmentId: string, environmentType: 'PROD' | 'NON_PROD' = 'NON_PROD') {
      await catalog.apply(createDomainEvent('environment.created', { accountId, appId, environmentId, name: environmentId, environmentType }), next());
    },
    async infrastructure(accountId: string, appId: string, environmentId: string, infrastructureDefinitionId: string, scopedToServices: string[] = []) {
      const payload = { accountId, appId, environmentId, infrastructureDefinitionId, name: infrastructureDefinitionId, deploymentType: 'KUBERNETES', cloudProviderId: null, scopedToServices };
      await catalog.apply(createDomainEvent('infrastructureDefinition.created', payload), next());
    },
    async tag(accountId: string, entityType: string, entityId: string, name: string, value = '') {
      await tags.apply(createDomainEvent('tag.attached', { accountId, entityType, entityId, appId: '', name, value }), next());
    },
  };
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The application the environment-scoped permission specs share, written through GraphQL by `admin` so that each
 * pipeline keeps the environments a real write keeps: 'app-1' with environments env-qa and env-dev (NON_PROD) and
 * env-prod (PROD), a workflow deploying to each (its id under the environment's id), and the pipelines 'non-prod'
 * (qa, dev stages) and 'to-prod' (qa, prod stages), their ids under those names.
 */
export async function seedEnvironmentTargets(subgraph: TestSubgraph, accountId: string, admin: Parameters<TestSubgraph['query']>[0]): Promise<Record<string, string>> {
  const ok = async (query: string, input: Record<string, unknown>) => {
    const { body } = await subgraph.query<Data>(admin, query, { input });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const seed = catalogFixtures(subgraph);
  await seed.application(accountId, 'app-1', 'Shop');
  await seed.environment(accountId, 'app-1', 'env-qa', 'NON_PROD');
  await seed.environment(accountId, 'app-1', 'env-dev', 'NON_PROD');
  await seed.environment(accountId, 'app-1', 'env-prod', 'PROD');
  const ids: Record<string, string> = {};
  for (const environmentId of ['env-qa', 'env-dev', 'env-prod']) {
    const created = await ok(`mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }`, {
      applicationId: 'app-1',
      name: `to-${environmentId}`,
      workflowType: 'BASIC',
      environmentId,
    });
    ids[environmentId] = created.createWorkflow.workflow.id;
  }
  const stage = (name: string, environmentId: string) => ({ name, type: 'WORKFLOW', workflow: { workflowId: ids[environmentId], workflowVariables: [] } });
  for (const [name, stages] of [
    ['non-prod', [stage('qa', 'env-qa'), stage('dev', 'env-dev')]],
    ['to-prod', [stage('qa', 'env-qa'), stage('prod', 'env-prod')]],
  ] as const) {
    const created = await ok(`mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }`, { applicationId: 'app-1', name, stages });
    ids[name] = created.createPipeline.pipeline.id;
  }
  return ids;
}
