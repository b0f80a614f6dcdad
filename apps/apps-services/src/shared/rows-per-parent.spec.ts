import { firstRowsPerParent } from './rows-per-parent';

interface Row {
  parent: string;
  n: number;
}

/** A store of rows sorted by parent then n, answering reads the way the repositories do, and counting them. */
function store(rows: Row[]) {
  const sorted = [...rows].sort((a, b) => (a.parent < b.parent ? -1 : a.parent > b.parent ? 1 : a.n - b.n));
  const reads: { parents: string[]; maxRows: number }[] = [];
  const read = async (parents: string[], maxRows: number) => {
    reads.push({ parents, maxRows });
    return sorted.filter((row) => parents.includes(row.parent)).slice(0, maxRows);
  };
  return { read, reads };
}

const rowsOf = (parent: string, count: number) => Array.from({ length: count }, (_, n) => ({ parent, n }));
const parentOf = (row: Row) => row.parent;

describe('firstRowsPerParent', () => {
  it('answers every parent with its first rows in one read when no read comes back full', async () => {
    const { read, reads } = store([...rowsOf('a', 2), ...rowsOf('b', 1)]);
    const result = await firstRowsPerParent(['b', 'a', 'c'], 3, parentOf, read);
    expect(reads).toHaveLength(1);
    expect(result).toEqual(new Map([['b', rowsOf('b', 1)], ['a', rowsOf('a', 2)], ['c', []]]));
  });

  it('reads again only the parents a full read did not settle, and still gives each its first rows', async () => {
    // "a" has many rows and fills the first read; "b" and "c" are reached only by later reads.
    const { read, reads } = store([...rowsOf('a', 10), ...rowsOf('b', 2), ...rowsOf('c', 1)]);
    const result = await firstRowsPerParent(['a', 'b', 'c'], 3, parentOf, read);
    expect(result.get('a')).toEqual(rowsOf('a', 3));
    expect(result.get('b')).toEqual(rowsOf('b', 2));
    expect(result.get('c')).toEqual(rowsOf('c', 1));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.slice(1).every((r) => !r.parents.includes('a'))).toBe(true);
  });

  it('re-reads a parent the full read cut short, without losing or duplicating its rows', async () => {
    // needed 3 of three parents: the first read (9 rows) holds 7 of "a" and both of "b", so it is full and ends inside
    // "b", which may have more: "a" is settled, "b" is read again with "c".
    const { read, reads } = store([...rowsOf('a', 7), ...rowsOf('b', 2), ...rowsOf('c', 1)]);
    const result = await firstRowsPerParent(['a', 'b', 'c'], 3, parentOf, read);
    expect(result.get('a')).toEqual(rowsOf('a', 3));
    expect(result.get('b')).toEqual(rowsOf('b', 2));
    expect(result.get('c')).toEqual(rowsOf('c', 1));
    expect(reads).toEqual([
      { parents: ['a', 'b', 'c'], maxRows: 9 },
      { parents: ['b', 'c'], maxRows: 6 },
    ]);
  });

  it('always terminates, each read settling at least one parent', async () => {
    const rows = ['p1', 'p2', 'p3', 'p4', 'p5'].flatMap((parent, i) => rowsOf(parent, i * 3));
    const { read, reads } = store(rows);
    const result = await firstRowsPerParent(['p5', 'p4', 'p3', 'p2', 'p1'], 2, parentOf, read);
    expect([...result.values()].map((list) => list.length)).toEqual([2, 2, 2, 2, 0]);
    expect(reads.length).toBeLessThanOrEqual(5);
  });

  it('reads nothing for a page of no rows', async () => {
    const { read, reads } = store(rowsOf('a', 3));
    expect(await firstRowsPerParent(['a'], 0, parentOf, read)).toEqual(new Map([['a', []]]));
    expect(reads).toHaveLength(0);
  });
});
