import { lazyConnection, pageRequest } from './pagination';

function source(rows: number[]) {
  const calls = { fetch: 0, count: 0 };
  return {
    calls,
    fetch: async (offset: number, count: number) => {
      calls.fetch += 1;
      return rows.slice(offset, offset + count);
    },
    count: async () => {
      calls.count += 1;
      return rows.length;
    },
  };
}

describe('pageRequest', () => {
  it('clamps a limit above 100 to 100 and defaults the offset to 0', () => {
    expect(pageRequest(500, undefined)).toEqual({ limit: 100, offset: 0 });
  });

  it('refuses negative values with BAD_USER_INPUT', () => {
    expect(() => pageRequest(-1, 0)).toThrow('limit must not be negative');
    try {
      pageRequest(1, -5);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('lazyConnection', () => {
  it('reads limit + 1 rows once for nodes and hasMore', async () => {
    const rows = source([1, 2, 3, 4, 5]);
    const connection = lazyConnection({ limit: 2, offset: 1 }, rows);
    expect(await connection.nodes()).toEqual([2, 3]);
    expect(await connection.pageInfo.hasMore()).toBe(true);
    expect(rows.calls).toEqual({ fetch: 1, count: 0 });
  });

  it('reports no more rows on the last page', async () => {
    const connection = lazyConnection({ limit: 10, offset: 3 }, source([1, 2, 3, 4, 5]));
    expect(await connection.nodes()).toEqual([4, 5]);
    expect(await connection.pageInfo.hasMore()).toBe(false);
  });

  it('counts only when total is asked for', async () => {
    const rows = source([1, 2, 3]);
    const connection = lazyConnection({ limit: 1, offset: 0 }, rows);
    expect(connection.pageInfo.limit).toBe(1);
    expect(rows.calls.count).toBe(0);
    expect(await connection.pageInfo.total()).toBe(3);
    expect(rows.calls).toEqual({ fetch: 0, count: 1 });
  });
});
