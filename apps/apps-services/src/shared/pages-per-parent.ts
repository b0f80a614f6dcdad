import DataLoader from 'dataloader';
import { lazyConnection, pageRequest, type Connection } from '@fg/graphql-kit';
import { firstRowsPerParent, type ReadRowsOfParents } from './rows-per-parent';

/**
 * A child list of each parent in a list (Application.services, Environment.infrastructureDefinitions): every parent
 * asking for the same page shape in one tick shares one batched read. A selected `total` costs a count per parent.
 */
export class PagesPerParent<T> {
  private readonly loadersByShape = new Map<number, DataLoader<string, T[]>>();

  constructor(
    private readonly parentOf: (row: T) => string,
    private readonly read: ReadRowsOfParents<T>,
    private readonly countOf: (parentId: string) => Promise<number>,
  ) {}

  page(parentId: string, limit: number, offset: number | null | undefined): Connection<T> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.loader(needed).load(parentId)).slice(from, from + count),
      count: () => this.countOf(parentId),
    });
  }

  private loader(needed: number): DataLoader<string, T[]> {
    let loader = this.loadersByShape.get(needed);
    if (!loader) {
      loader = new DataLoader(async (parentIds) => {
        const rows = await firstRowsPerParent(parentIds, needed, this.parentOf, this.read);
        return parentIds.map((id) => rows.get(id) ?? []);
      });
      this.loadersByShape.set(needed, loader);
    }
    return loader;
  }
}
