import { buildSchema, parse, validate } from 'graphql';
import { costLimitRule, fieldCountLimitRule } from './cost-limit';

const schema = buildSchema(`
  type Item { id: String name: String items(limit: Int!): [Item] }
  type Query { item: Item items(limit: Int!): [Item] }
`);

const messagesFor = (query: string, rule: ReturnType<typeof costLimitRule>) =>
  validate(schema, parse(query), [rule]).map((error) => error.message);

const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: id`).join(' ');

describe('fieldCountLimitRule', () => {
  it('accepts an operation selecting exactly the maximum', () => {
    expect(messagesFor(`{ item { ${aliases(9)} } }`, fieldCountLimitRule(10))).toEqual([]);
  });

  it('refuses thousands of aliases with a message naming the limit', () => {
    expect(messagesFor(`{ item { ${aliases(2000)} } }`, fieldCountLimitRule(500))).toEqual([
      'Query selects 2001 fields (aliases and fragment spreads included); the maximum allowed is 500.',
    ]);
  });

  it('counts a fragment every time it is spread', () => {
    const query = `{ a: item { ...f } b: item { ...f } c: item { ...f } } fragment f on Item { id name }`;
    expect(messagesFor(query, fieldCountLimitRule(8))).toEqual([
      'Query selects 9 fields (aliases and fragment spreads included); the maximum allowed is 8.',
    ]);
  });

  it('exempts introspection', () => {
    expect(messagesFor(`{ __schema { types { name fields { name type { name } } } } }`, fieldCountLimitRule(1))).toEqual([]);
  });

  it('counts fragments that fan out 2 ways over 40 levels without expanding them one by one', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment f${i} on Item { ${i === 39 ? 'id' : `a: item { ...f${i + 1} } b: item { ...f${i + 1} }`} }`,
    );
    // f39 selects 1 field, every other fragment 2 + twice the next: 3 x 2^39 - 2, plus the top-level item.
    expect(messagesFor(`{ item { ...f0 } } ${fragments.join(' ')}`, fieldCountLimitRule(500))).toEqual([
      `Query selects ${3 * 2 ** 39 - 1} fields (aliases and fragment spreads included); the maximum allowed is 500.`,
    ]);
  });
});

describe('costLimitRule', () => {
  it('multiplies the children of a list by its page size', () => {
    // items(limit: 10): 1 + 10 x (id 1 + items(limit: 10) (1 + 10 x name 1)) = 1 + 10 x 12 = 121
    expect(messagesFor(`{ items(limit: 10) { id items(limit: 10) { name } } }`, costLimitRule(121))).toEqual([]);
    expect(messagesFor(`{ items(limit: 10) { id items(limit: 10) { name } } }`, costLimitRule(120))).toEqual([
      'Query has an estimated cost of 121 (each field 1, times the page size of the lists around it); the maximum allowed cost is 120.',
    ]);
  });

  it('caps a literal page size at the largest page and assumes the largest page for a variable', () => {
    const literal = messagesFor(`{ items(limit: 100000) { id } }`, costLimitRule(1));
    const variable = messagesFor(`query ($n: Int!) { items(limit: $n) { id } }`, costLimitRule(1));
    expect(literal[0]).toContain('estimated cost of 101 ');
    expect(variable[0]).toContain('estimated cost of 101 ');
  });
});
