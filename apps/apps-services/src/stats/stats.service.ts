import { badInput } from '@fg/graphql-kit';
import type { ApplicationRepository, EnvironmentRepository, ServiceRepository, TagEntityType, TagLinkRepository } from '@fg/apps-services/data-access';
import type { ApplicationFilterInput, ApplicationService } from '../application/application.service';
import type { EnvironmentFilterInput, EnvironmentsService } from '../environment/environments.service';
import type { ServiceFilterInput, ServicesService } from '../service/services.service';

interface TagAggregation<T extends string> {
  entityType?: T | null;
  tagName?: string | null;
}

export interface Aggregation<E extends string, T extends string> {
  entityAggregation?: E | null;
  tagAggregation?: TagAggregation<T> | null;
}

interface Reference {
  id: string | null;
  name: string | null;
  type: string;
}

/** The members of the Data union these fields answer with. */
export type StatsData =
  | { __typename: 'SinglePointData'; dataPoint: { key: Reference; value: number } }
  | { __typename: 'AggregatedData'; dataPoints: { key: Reference; value: number }[] };

export interface StatsSources {
  applicationRepository: ApplicationRepository;
  serviceRepository: ServiceRepository;
  environmentRepository: EnvironmentRepository;
  tagLinks: TagLinkRepository;
  applications: ApplicationService;
  services: ServicesService;
  environments: EnvironmentsService;
}

/** Only one grouping is supported: two would be StackedData, which no client of these fields is known to ask for. */
function singleGrouping<A>(groupBy: (A | null)[] | null | undefined): A | null {
  const groupings = (groupBy ?? []).filter((group): group is A => !!group);
  if (groupings.length > 1) throw badInput('Only one groupBy is supported');
  return groupings[0] ?? null;
}

const byCountThenKey = (a: { key: Reference; value: number }, b: { key: Reference; value: number }) =>
  b.value - a.value || String(a.key.id).localeCompare(String(b.key.id));

/** applicationStats, serviceStats and environmentStats (Appendix A): counts, in total or per group, computed in the store. */
export class StatsService {
  constructor(
    private readonly sources: StatsSources,
    private readonly accountId: string,
  ) {}

  async applicationStats(filters: (ApplicationFilterInput | null)[] | null | undefined, groupBy: (Aggregation<never, 'APPLICATION'> | null)[] | null | undefined) {
    const query = await this.sources.applications.query(filters);
    const grouping = singleGrouping(groupBy);
    const repository = this.sources.applicationRepository;
    if (!grouping?.tagAggregation) return this.total('APPLICATION', await repository.total(this.accountId, query));
    return this.byTag(await repository.countBy(this.accountId, query, '_id'), 'APPLICATION', grouping.tagAggregation.tagName);
  }

  async serviceStats(
    filters: (ServiceFilterInput | null)[] | null | undefined,
    groupBy: (Aggregation<'Application' | 'ArtifactType' | 'DeploymentType', 'APPLICATION' | 'SERVICE'> | null)[] | null | undefined,
  ) {
    const query = await this.sources.services.query(filters);
    const grouping = singleGrouping(groupBy);
    const repository = this.sources.serviceRepository;
    if (grouping?.tagAggregation) {
      const type = grouping.tagAggregation.entityType ?? 'SERVICE';
      const counts = await repository.countBy(this.accountId, query, type === 'APPLICATION' ? 'appId' : '_id');
      return this.byTag(counts, type, grouping.tagAggregation.tagName);
    }
    switch (grouping?.entityAggregation) {
      case 'Application':
        return this.byApplication(await repository.countBy(this.accountId, query, 'appId'));
      case 'ArtifactType':
        return this.byValue(await repository.countBy(this.accountId, query, 'artifactType'), 'ARTIFACT_TYPE');
      case 'DeploymentType':
        return this.byValue(await repository.countBy(this.accountId, query, 'deploymentType'), 'DEPLOYMENT_TYPE');
      default:
        return this.total('SERVICE', await repository.total(this.accountId, query));
    }
  }

  async environmentStats(
    filters: (EnvironmentFilterInput | null)[] | null | undefined,
    groupBy: (Aggregation<'Application' | 'EnvironmentType', 'APPLICATION'> | null)[] | null | undefined,
  ) {
    const query = await this.sources.environments.query(filters);
    const grouping = singleGrouping(groupBy);
    const repository = this.sources.environmentRepository;
    if (grouping?.tagAggregation) {
      return this.byTag(await repository.countBy(this.accountId, query, 'appId'), 'APPLICATION', grouping.tagAggregation.tagName);
    }
    switch (grouping?.entityAggregation) {
      case 'Application':
        return this.byApplication(await repository.countBy(this.accountId, query, 'appId'));
      case 'EnvironmentType':
        return this.byValue(await repository.countBy(this.accountId, query, 'type'), 'ENVIRONMENT_TYPE');
      default:
        return this.total('ENVIRONMENT', await repository.total(this.accountId, query));
    }
  }

  private total(type: string, value: number): StatsData {
    return { __typename: 'SinglePointData', dataPoint: { key: { id: type, name: type, type }, value } };
  }

  private byValue(counts: Map<string | null, number>, type: string): StatsData {
    const dataPoints = [...counts].map(([value, count]) => ({ key: { id: value, name: value, type }, value: count }));
    return { __typename: 'AggregatedData', dataPoints: dataPoints.sort(byCountThenKey) };
  }

  private async byApplication(counts: Map<string | null, number>): Promise<StatsData> {
    const ids = [...counts.keys()].filter((id): id is string => !!id);
    const names = new Map((await this.sources.applicationRepository.byIds(this.accountId, ids)).map((app) => [app.id, app.name]));
    const dataPoints = ids.map((id) => ({ key: { id, name: names.get(id) ?? null, type: 'APPLICATION' }, value: counts.get(id) ?? 0 }));
    return { __typename: 'AggregatedData', dataPoints: dataPoints.sort(byCountThenKey) };
  }

  /** Counts per owner (the entity itself or its application) summed per value of the owner's tag; untagged ones are left out. */
  private async byTag(countsPerOwner: Map<string | null, number>, ownerType: TagEntityType, tagName: string | null | undefined): Promise<StatsData> {
    const name = (tagName ?? '').trim();
    if (!name) throw badInput('A tag aggregation needs a tag name');
    const owners = [...countsPerOwner.keys()].filter((id): id is string => !!id);
    const values = await this.sources.tagLinks.valuesOf(this.accountId, ownerType, name, owners);
    const perValue = new Map<string, number>();
    for (const [owner, value] of values) perValue.set(value, (perValue.get(value) ?? 0) + (countsPerOwner.get(owner) ?? 0));
    const dataPoints = [...perValue].map(([value, count]) => ({ key: { id: value, name: value, type: 'TAG' }, value: count }));
    return { __typename: 'AggregatedData', dataPoints: dataPoints.sort(byCountThenKey) };
  }
}
