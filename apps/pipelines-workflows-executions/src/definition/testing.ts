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
