import { firstRowsPerApplication } from './pipelines-per-application';

type Row = { applicationId: string; n: number };

function store(counts: Record<string, number>) {
  const rows: Row[] = Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([applicationId, count]) => Array.from({ length: count }, (_, n) => ({ applicationId, n })));
  const reads: string[][] = [];
  const read = async (ids: string[], maxRows: number) => {
    reads.push(ids);
    return rows.filter((row) => ids.includes(row.applicationId)).slice(0, maxRows);
  };
  return { read, reads };
}

describe('firstRowsPerApplication', () => {
  it('answers several applications with one read when their rows fit', async () => {
    const { read, reads } = store({ a: 2, b: 1, c: 0 });
    const rows = await firstRowsPerApplication(['a', 'b', 'c'], 3, read);
    expect(reads).toHaveLength(1);
    expect(rows.get('a')?.map((r) => r.n)).toEqual([0, 1]);
    expect(rows.get('b')).toHaveLength(1);
    expect(rows.get('c')).toEqual([]);
  });

  it('still gives every application its first rows when one has many', async () => {
    const { read, reads } = store({ a: 50, b: 3, c: 2 });
    const rows = await firstRowsPerApplication(['c', 'b', 'a'], 4, read);
    expect(rows.get('a')?.map((r) => r.n)).toEqual([0, 1, 2, 3]);
    expect(rows.get('b')?.map((r) => r.n)).toEqual([0, 1, 2]);
    expect(rows.get('c')?.map((r) => r.n)).toEqual([0, 1]);
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it('re-reads an application cut off at the end of a full read', async () => {
    const { read } = store({ a: 1, b: 1, c: 9 });
    const rows = await firstRowsPerApplication(['a', 'b', 'c', 'd'], 3, read);
    expect(rows.get('c')?.map((r) => r.n)).toEqual([0, 1, 2]);
    expect(rows.get('d')).toEqual([]);
  });
});
