import { parse, print } from 'graphql';
import { repairStrayDotsAfterNumbers as repair } from './stray-dot-after-number';

const CLIENT_QUERY = `query services($filters: [ServiceFilter]) {
  services(limit: 10, offset: 0. filters: $filters) { nodes { id name } }
}`;

describe('repairStrayDotsAfterNumbers', () => {
  it('repairs the widely used client\'s query so graphql-js parses it as graphql-java did', () => {
    expect(() => parse(CLIENT_QUERY)).toThrow();
    const repaired = repair(CLIENT_QUERY);
    expect(repaired).toBe(CLIENT_QUERY.replace('offset: 0. filters', 'offset: 0, filters'));
    expect(print(parse(repaired))).toBe(print(parse(CLIENT_QUERY.replace('0. filters', '0 filters'))));
  });

  it('keeps the length, so error locations in the rest of the document stay true', () => {
    expect(repair(CLIENT_QUERY)).toHaveLength(CLIENT_QUERY.length);
  });

  it.each([
    ['no space before the next argument', '{ services(limit: 10.offset: 0) { nodes { id } } }', '{ services(limit: 10,offset: 0) { nodes { id } } }'],
    ['a line break before the next argument', '{ a(limit: 10.\n  offset: 0) }', '{ a(limit: 10,\n  offset: 0) }'],
    ['spaces between the name and the colon', '{ a(limit: 10. offset : 0) }', '{ a(limit: 10, offset : 0) }'],
    ['a negative number', '{ a(x: -1. y: 2) }', '{ a(x: -1, y: 2) }'],
    ['a float before the stray dot', '{ a(x: 0.5. y: 2) }', '{ a(x: 0.5, y: 2) }'],
    ['an exponent before the stray dot', '{ a(x: 1e3. y: 2) }', '{ a(x: 1e3, y: 2) }'],
    ['an input object field', '{ a(f: { x: 1. y: 2 }) }', '{ a(f: { x: 1, y: 2 }) }'],
    ['several in one document', '{ a(x: 1. y: 2. z: 3) b(l: 4. o: 5) }', '{ a(x: 1, y: 2, z: 3) b(l: 4, o: 5) }'],
  ])('repairs a stray dot with %s', (_case, input, expected) => {
    expect(repair(input)).toBe(expected);
    expect(() => parse(expected)).not.toThrow();
  });

  it.each([
    ['a valid float', '{ a(x: 0.5, y: 2) }'],
    ['a valid float with an exponent', '{ a(x: 1.5e-3 y: 2) }'],
    ['a spread after a number-like name', '{ a(x: 1) { ...F } }'],
    ['a dot inside a string', '{ a(x: "offset: 0. filters: 1") }'],
    ['an escaped quote before the dot inside a string', '{ a(x: "say \\"0. y: 1\\" twice") }'],
    ['a dot inside a block string', '{ a(x: """\n offset: 0. filters: $f\n""") }'],
    ['an escaped triple quote inside a block string', '{ a(x: """ \\""" 0. y: 1 """) }'],
    ['a dot inside a comment', '# limit: 10. offset: 0\n{ a }'],
    ['a digit that is part of a name', '{ a(x: $var1. y: 2) }'],
    ['a dot followed by something other than a name', '{ a(x: 1.) }'],
    ['a dot followed by a name without a colon', '{ a(x: 1. y) }'],
    ['a dot followed by a comment before the name', '{ a(x: 1. # c\n y: 2) }'],
    ['a dot followed by a variable', 'query($a: Int = 1. $b: Int) { a }'],
    ['a dot followed by a digit', '{ a(x: 1.2.3) }'],
    ['a number followed by a spread', '{ a(x: 1...y: 2) }'],
    ['an empty document', ''],
  ])('leaves %s untouched', (_case, input) => {
    expect(repair(input)).toBe(input);
  });

  it('returns the very same string when there is nothing to repair', () => {
    const document = '{ services(limit: 10, offset: 0) { nodes { id } } }';
    expect(repair(document)).toBe(document);
  });

  it('repairs after a string that contains a stray-looking dot, and not inside it', () => {
    const input = '{ a(s: "1. x: 2", n: 3. m: 4) }';
    expect(repair(input)).toBe('{ a(s: "1. x: 2", n: 3, m: 4) }');
  });

  it('does not run away on an unterminated string or block string', () => {
    expect(repair('{ a(x: "1. y: 2')).toBe('{ a(x: "1. y: 2');
    expect(repair('{ a(x: """1. y: 2')).toBe('{ a(x: """1. y: 2');
    expect(repair('{ a(x: "\\')).toBe('{ a(x: "\\');
  });
});
