import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit';

const schema = buildSchema(`
  type Node { id: String child: Node }
  type Query { node: Node }
`);

function nested(levels: number): string {
  let selection = 'id';
  for (let i = 1; i < levels; i += 1) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

const errorsFor = (query: string) => validate(schema, parse(query), [depthLimitRule(10)]);

describe('depthLimitRule', () => {
  it('accepts a query nested exactly 10 levels deep', () => {
    expect(errorsFor(nested(9))).toHaveLength(0);
  });

  it('refuses a query nested 11 levels deep with a clear message', () => {
    const errors = errorsFor(nested(10));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('Query is nested 11 levels deep; the maximum allowed depth is 10.');
  });

  it('counts depth through fragments', () => {
    const query = `
      query { node { ...deep } }
      fragment deep on Node { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } }
    `;
    expect(errorsFor(query)).toHaveLength(1);
  });

  it('exempts introspection', () => {
    const query = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
    expect(errorsFor(query)).toHaveLength(0);
  });
});

describe('depthLimitRule on fragments that fan out', () => {
  it('measures 40 levels of fragments each spreading the next twice without expanding 2^40 selections', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment f${i} on Node { ${i === 39 ? 'id' : `child { ...f${i + 1} } ...f${i + 1}`} }`);
    const errors = errorsFor(`{ node { ...f0 } } ${fragments.join(' ')}`);
    expect(errors.map((error) => error.message)).toEqual(['Query is nested 41 levels deep; the maximum allowed depth is 10.']);
  });
});
