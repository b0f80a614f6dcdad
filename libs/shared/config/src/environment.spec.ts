import { z } from 'zod';
import { EnvironmentError, parseEnvironment, portVar, signingSecretVar } from './environment';

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
