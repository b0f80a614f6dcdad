import { badInput } from '@fg/graphql-kit';
import type { CatalogProjection, ProjectedTagEntityType, TagLinkProjection } from '@fg/pipelines-workflows-executions/data-access';

interface Reference {
  id: string | null;
  name: string | null;
  type: string;
}

interface DataPoint {
  key: Reference;
  value: number;
}

/** The members of the Data union workflowStats and pipelineStats answer with. */
export type StatsData = { __typename: 'SinglePointData'; dataPoint: DataPoint } | { __typename: 'AggregatedData'; dataPoints: DataPoint[] };

export interface Aggregation<E extends string, T extends string> {
  entityAggregation?: E | null;
  tagAggregation?: { entityType?: T | null; tagName?: string | null } | null;
}

/** Only one grouping is supported: two would be StackedData, which no client of these fields is known to ask for. */
export function singleGrouping<A>(groupBy: (A | null)[] | null | undefined): A | null {
  const groupings = (groupBy ?? []).filter((group): group is A => !!group);
  if (groupings.length > 1) throw badInput('Only one groupBy is supported');
  return groupings[0] ?? null;
}

const byCountThenKey = (a: DataPoint, b: DataPoint) => b.value - a.value || String(a.key.id).localeCompare(String(b.key.id));

export function totalData(type: string, value: number): StatsData {
  return { __typename: 'SinglePointData', dataPoint: { key: { id: type, name: type, type }, value } };
}

/** Counts per application, named from the catalog. */
export async function byApplicationData(counts: Map<string, number>, catalog: CatalogProjection, accountId: string): Promise<StatsData> {
  const ids = [...counts.keys()];
  const names = new Map((await catalog.applicationsByIds(accountId, ids)).map((application) => [application.id, application.name]));
  const dataPoints = ids.map((id) => ({ key: { id, name: names.get(id) ?? null, type: 'APPLICATION' }, value: counts.get(id) ?? 0 }));
  return { __typename: 'AggregatedData', dataPoints: dataPoints.sort(byCountThenKey) };
}

/** Counts per owner (the entity itself or its application) summed per value of the owner's tag; untagged ones are left out. */
export async function byTagData(
  countsPerOwner: Map<string, number>,
  ownerType: ProjectedTagEntityType,
  tagName: string | null | undefined,
  tags: TagLinkProjection,
  accountId: string,
): Promise<StatsData> {
  const name = (tagName ?? '').trim();
  if (!name) throw badInput('A tag aggregation needs a tag name');
  const values = await tags.valuesOf(accountId, ownerType, name, [...countsPerOwner.keys()]);
  const perValue = new Map<string, number>();
  for (const [owner, value] of values) perValue.set(value, (perValue.get(value) ?? 0) + (countsPerOwner.get(owner) ?? 0));
  const dataPoints = [...perValue].map(([value, count]) => ({ key: { id: value, name: value, type: 'TAG' }, value: count }));
  return { __typename: 'AggregatedData', dataPoints: dataPoints.sort(byCountThenKey) };
}
