import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { ArtifactRepository } from './artifact.repository';

describe('ArtifactRepository (real store)', () => {
  let db: TestDatabase;
  let artifacts: ArtifactRepository;

  const record = (accountId: string, artifactSourceId: string, seq: number, collectedAt = 1_000) =>
    artifacts.create(accountId, { artifactSourceId, artifactStreamType: 'DOCKER', buildNo: `b${seq}`, collectedAt, seq });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'artrepo');
    artifacts = new ArtifactRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('gives each source its newest artifacts, the last recorded first within one millisecond', async () => {
    for (let seq = 1; seq <= 5; seq += 1) await record('acc-n', 'src-many', seq);
    await record('acc-n', 'src-one', 1);
    await record('acc-other', 'src-one', 2);

    const newest = await artifacts.newestOfSources('acc-n', ['src-one', 'src-many', 'src-none'], 3);
    expect(newest.get('src-many')?.map((a) => a.buildNo)).toEqual(['b5', 'b4', 'b3']);
    expect(newest.get('src-one')?.map((a) => a.buildNo)).toEqual(['b1']);
    expect(newest.get('src-none')).toEqual([]);
  });

  it('still gives a later source its rows when an earlier one fills the batched read', async () => {
    for (let seq = 1; seq <= 5; seq += 1) await record('acc-f', 'a-busy', seq);
    await record('acc-f', 'b-quiet', 1);
    await record('acc-f', 'b-quiet', 2);
    const newest = await artifacts.newestOfSources('acc-f', ['b-quiet', 'a-busy'], 2);
    expect(newest.get('a-busy')?.map((a) => a.buildNo)).toEqual(['b5', 'b4']);
    expect(newest.get('b-quiet')?.map((a) => a.buildNo)).toEqual(['b2', 'b1']);
  });

  it('refuses the same build number twice for a source', async () => {
    await record('acc-u', 'src-u', 1);
    await expect(record('acc-u', 'src-u', 1)).rejects.toMatchObject({ code: 11000 });
  });

  it('removes the artifacts of one source in one account only', async () => {
    await record('acc-r', 'src-r', 1);
    await record('acc-r', 'src-r', 2);
    await record('acc-r', 'src-keep', 1);
    await record('acc-r2', 'src-r', 1);
    expect(await artifacts.removeOfSource('acc-r', 'src-r')).toBe(2);
    expect(await artifacts.countMatching('acc-r', {})).toBe(1);
    expect(await artifacts.countMatching('acc-r2', {})).toBe(1);
  });
});
