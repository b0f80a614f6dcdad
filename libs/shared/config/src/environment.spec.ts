import { z } from 'zod';
import { buildIndexesVar, EnvironmentError, loadEnvironments, parseEnvironment, portVar, signingSecretVar } from './environment';

const schema = z.object({ PORT: portVar(4000), SECRET: signingSecretVar });

describe('parseEnvironment', () => {
  it('applies defaults and coerces numbers', () => {
    const env = parseEnvironment(schema, { PORT: '4100', SECRET: 'x'.repeat(32) });
    expect(env).toEqual({ PORT: 4100, SECRET: 'x'.repeat(32) });
    expect(parseEnvironment(schema, { SECRET: 'y'.repeat(40) }).PORT).toBe(4000);
  });

  it('reports every problem at once, naming the variable', () => {
    let caught: unknown;
    try {
      parseEnvironment(schema, { PORT: 'abc', SECRET: 'short' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^PORT:/);
    expect(problems[1]).toMatch(/^SECRET: must be at least 32 characters/);
  });
});

describe('loadEnvironments', () => {
  it('returns every group when all parse', () => {
    const env = { PORT: '4100', SECRET: 'x'.repeat(32), OTHER: '7' };
    const loaded = loadEnvironments({
      server: () => parseEnvironment(schema, env),
      other: () => parseEnvironment(z.object({ OTHER: z.coerce.number() }), env),
    });
    expect(loaded).toEqual({ server: { PORT: 4100, SECRET: 'x'.repeat(32) }, other: { OTHER: 7 } });
  });

  it('reports the problems of every group together', () => {
    const env = { PORT: 'abc', SECRET: 'x'.repeat(32), OTHER: 'seven' };
    let caught: unknown;
    try {
      loadEnvironments({
        server: () => parseEnvironment(schema, env),
        other: () => parseEnvironment(z.object({ OTHER: z.coerce.number() }), env),
      });
    } catch (error) {
      caught = error;
    }
    expect((caught as EnvironmentError).problems.map((problem) => problem.split(':')[0])).toEqual(['PORT', 'OTHER']);
  });
});

describe('buildIndexesVar (MONGO_BUILD_INDEXES)', () => {
  const indexes = z.object({ MONGO_BUILD_INDEXES: buildIndexesVar });

  it('builds indexes unless told false', () => {
    expect(parseEnvironment(indexes, {}).MONGO_BUILD_INDEXES).toBe(true);
    expect(parseEnvironment(indexes, { MONGO_BUILD_INDEXES: 'true' }).MONGO_BUILD_INDEXES).toBe(true);
    expect(parseEnvironment(indexes, { MONGO_BUILD_INDEXES: 'false' }).MONGO_BUILD_INDEXES).toBe(false);
  });

  it('refuses anything but true or false, rather than guessing', () => {
    expect(() => parseEnvironment(indexes, { MONGO_BUILD_INDEXES: 'no' })).toThrow('MONGO_BUILD_INDEXES: must be true or false');
  });
});
