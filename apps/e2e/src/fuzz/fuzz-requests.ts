import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { SeededRandom } from './seeded-random';

/** One HTTP request the fuzzer sends to the GraphQL endpoint; `kind` names the generator, for the report. */
export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  search?: string;
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  /** Sent without the API key (the gateway must still answer cleanly). */
  anonymous?: boolean;
}

/** The gateway's body limit (MAX_BODY_BYTES); oversized requests go a little past it. */
const BODY_LIMIT_BYTES = 1024 * 1024;

interface Value {
  json: unknown;
  literal: string;
}

/** Generates GraphQL requests, valid and not, from a schema; every choice comes from the seeded random. */
export class FuzzRequests {
  readonly #schema: GraphQLSchema;
  readonly #random: SeededRandom;
  readonly #queryFields: GraphQLField<unknown, unknown>[];
  readonly #mutationFields: GraphQLField<unknown, unknown>[];

  constructor(schema: GraphQLSchema, random: SeededRandom) {
    this.#schema = schema;
    this.#random = random;
    this.#queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});
    this.#mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});
  }

  /** The generators with their weights: valid documents most often, then every kind of malformed input. */
  next(): FuzzRequest {
    const r = this.#random;
    const generators: [number, () => FuzzRequest][] = [
      [20, () => this.#json('valid-query', { query: this.#operation('query') })],
      [8, () => this.#json('valid-mutation', { query: this.#operation('mutation') })],
      [8, () => this.#withVariables('valid-variables', false)],
      [5, () => this.#withVariables('wrong-variables', true)],
      [4, () => this.#json('deep', { query: this.#deep() })],
      [4, () => this.#json('wide', { query: this.#wide() })],
      [3, () => this.#json('aliases', { query: this.#aliases() })],
      [3, () => this.#json('cyclic-fragments', { query: this.#cyclicFragments() })],
      [2, () => this.#json('fan-out-fragments', { query: this.#fanOutFragments() })],
      [2, () => this.#json('huge-string', { query: this.#hugeString() })],
      [5, () => this.#json('wrong-type', { query: this.#operation('query', 'wrong-type') })],
      [4, () => this.#json('unknown-enum', { query: this.#operation(r.chance(0.5) ? 'query' : 'mutation', 'unknown-enum') })],
      [5, () => this.#batch()],
      [5, () => this.#get()],
      [4, () => ({ kind: 'text-plain', method: 'POST', contentType: 'text/plain', body: this.#operation('query') })],
      [4, () => this.#truncatedJson()],
      [3, () => this.#nonUtf8()],
      [1, () => this.#oversized()],
      [5, () => this.#json('syntax', { query: this.#garbage() })],
      [5, () => this.#odd()],
      [2, () => ({ ...this.#json('anonymous', { query: this.#operation('query') }), anonymous: true })],
    ];
    const total = generators.reduce((sum, [weight]) => sum + weight, 0);
    let roll = r.next() * total;
    for (const [weight, generate] of generators) {
      roll -= weight;
      if (roll < 0) return generate();
    }
    return generators[0][1]();
  }

  #json(kind: string, body: unknown): FuzzRequest {
    return { kind, method: 'POST', contentType: 'application/json', body: JSON.stringify(body) };
  }

  /** A document of the schema; `fault` puts a wrong-typed value or an unknown enum into one argument. */
  #operation(type: 'query' | 'mutation', fault?: 'wrong-type' | 'unknown-enum'): string {
    const fields = type === 'query' ? this.#queryFields : this.#mutationFields;
    const field = this.#random.pick(fields);
    const args = this.#arguments(field.args, fault);
    return `${type} { ${field.name}${args}${this.#selection(field.type, 0)} }`;
  }

  #arguments(args: readonly GraphQLArgument[], fault?: 'wrong-type' | 'unknown-enum'): string {
    const chosen = args.filter((arg) => isNonNullType(arg.type) || this.#random.chance(0.3));
    if (chosen.length === 0) return '';
    const faulty = fault ? this.#random.int(0, chosen.length - 1) : -1;
    const text = chosen.map((arg, i) => {
      if (i !== faulty) return `${arg.name}: ${this.#value(arg.type, 0).literal}`;
      if (fault === 'unknown-enum') return `${arg.name}: NOT_A_VALUE_${this.#random.int(0, 99)}`;
      return `${arg.name}: ${this.#random.pick(['"text"', '12345678901234567890', '3.5', 'true', 'null', '[1, "a"]', '{ x: 1 }', '$undeclared'])}`;
    });
    return `(${text.join(', ')})`;
  }

  #value(type: GraphQLInputType, depth: number): Value {
    const r = this.#random;
    if (isNonNullType(type)) return this.#value(type.ofType, depth);
    if (isListType(type)) {
      const items = Array.from({ length: depth > 2 ? 0 : r.int(0, 3) }, () => this.#value(type.ofType, depth + 1));
      return { json: items.map((item) => item.json), literal: `[${items.map((item) => item.literal).join(', ')}]` };
    }
    if (isEnumType(type)) {
      const value = r.pick(type.getValues()).name;
      return { json: value, literal: value };
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || (depth < 3 && r.chance(0.4)));
      const entries = fields.map((field) => [field.name, this.#value(field.type, depth + 1)] as const);
      return {
        json: Object.fromEntries(entries.map(([name, value]) => [name, value.json])),
        literal: `{ ${entries.map(([name, value]) => `${name}: ${value.literal}`).join(', ')} }`,
      };
    }
    switch (type.name) {
      case 'Int':
      case 'Long':
      case 'DateTime':
      case 'Number': {
        const n = r.pick([0, 1, 10, 100, r.int(-5, 1000), 2 ** 31 - 1]);
        return { json: n, literal: String(n) };
      }
      case 'Float': {
        const n = r.int(-1000, 1000) / 7;
        return { json: n, literal: String(n) };
      }
      case 'Boolean': {
        const b = r.chance(0.5);
        return { json: b, literal: String(b) };
      }
      default: {
        const s = r.chance(0.5) ? r.pick(['', 'demo', 'Harness GraphQL', 'aaaaaaaaaaaaaaaaaaaaaa', '000000000000000000000000']) : r.string(40);
        return { json: s, literal: JSON.stringify(s) };
      }
    }
  }

  #selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named)) {
      const member = this.#random.pick(named.getTypes());
      return ` { __typename ... on ${member.name}${this.#selection(member, depth + 1) || ' { __typename }'} }`;
    }
    if (!isObjectType(named) && !isInterfaceType(named)) return ' { __typename }';
    const fields = Object.values((named as GraphQLObjectType).getFields());
    const picked = Array.from({ length: this.#random.int(1, 4) }, () => this.#random.pick(fields));
    const parts = [...new Set(picked)].map((field) => {
      const composite = isCompositeType(getNamedType(field.type));
      if (composite && depth >= 3) return '__typename';
      return `${field.name}${this.#arguments(field.args)}${this.#selection(field.type, depth + 1)}`;
    });
    return ` { ${parts.join(' ')} }`;
  }

  /** Every argument of a field passed as a variable; `wrongShape` sends values of another type than declared. */
  #withVariables(kind: string, wrongShape: boolean): FuzzRequest {
    const r = this.#random;
    const field = r.pick(r.chance(0.6) ? this.#queryFields : this.#mutationFields);
    const operation = this.#schema.getQueryType()?.getFields()[field.name] === field ? 'query' : 'mutation';
    const variables: Record<string, unknown> = {};
    const declarations = field.args.map((arg) => {
      variables[arg.name] = wrongShape
        ? r.pick<unknown>(['x', 42, true, null, [], [[{}]], { unexpected: 'field' }, 'x'.repeat(r.int(0, 5000)), { __proto__: 1 }])
        : this.#value(arg.type, 0).json;
      return `$${arg.name}: ${String(arg.type)}`;
    });
    const head = declarations.length ? `(${declarations.join(', ')})` : '';
    const call = field.args.length ? `(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
    const body: Record<string, unknown> = { query: `${operation} fuzz${head} { ${field.name}${call}${this.#selection(field.type, 0)} }`, variables };
    if (wrongShape && r.chance(0.3)) body.variables = r.pick<unknown>(['{"a":1}', 7, [1, 2], 'null']);
    return this.#json(kind, body);
  }

  #deep(): string {
    const levels = this.#random.int(11, 400);
    return `{ ${'applications(limit: 1) { nodes { '.repeat(levels)}id${' } }'.repeat(levels)} }`;
  }

  #wide(): string {
    const fields = Object.values(this.#schema.getQueryType()?.getFields() ?? {}).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
    return `{ ${fields.map((field) => `${field.name}${this.#selection(field.type, 2)}`).join(' ')} }`;
  }

  #aliases(): string {
    const count = this.#random.pick([600, 2000, 5000, 20_000]);
    const field = this.#random.pick(['__typename', 'applications(limit: 100) { nodes { id name } }', 'users(limit: 100) { nodes { id } }']);
    return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  }

  #cyclicFragments(): string {
    const names = Array.from({ length: this.#random.int(1, 5) }, (_, i) => `F${i}`);
    const fragments = names.map((name, i) => `fragment ${name} on Query { __typename ...${names[(i + 1) % names.length]} }`);
    return `{ ...F0 } ${fragments.join(' ')}`;
  }

  #fanOutFragments(): string {
    const levels = this.#random.int(10, 60);
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment L${i} on Query { __typename }` : `fragment L${i} on Query { ...L${i + 1} ...L${i + 1} }`,
    );
    return `{ ...L0 } ${fragments.join(' ')}`;
  }

  #hugeString(): string {
    const size = this.#random.pick([10_000, 200_000, 900_000]);
    return `{ applicationByName(name: "${'x'.repeat(size)}") { id } }`;
  }

  #batch(): FuzzRequest {
    const size = this.#random.pick([0, 1, 2, 10, 50]);
    const items = Array.from({ length: size }, () => {
      const inner = this.next();
      return inner.contentType === 'application/json' && typeof inner.body === 'string' && inner.body.length < 20_000 && !inner.body.startsWith('[')
        ? safeParse(inner.body)
        : { query: this.#operation('query') };
    });
    return { kind: 'batch', method: 'POST', contentType: 'application/json', body: JSON.stringify(items) };
  }

  #get(): FuzzRequest {
    const params = new URLSearchParams();
    const r = this.#random;
    params.set('query', r.chance(0.8) ? this.#operation(r.chance(0.8) ? 'query' : 'mutation') : this.#garbage());
    if (r.chance(0.3)) params.set('variables', r.pick(['{', '{"limit": 1}', '[]', 'null', r.string(30)]));
    if (r.chance(0.2)) params.set('operationName', r.string(10));
    if (r.chance(0.1)) params.set('extensions', r.pick(['{"persistedQuery":{"version":1,"sha256Hash":"abc"}}', '{']));
    return { kind: 'get', method: 'GET', search: `?${params}` };
  }

  #truncatedJson(): FuzzRequest {
    const body = JSON.stringify({ query: this.#operation('query'), variables: { a: [1, 2, { b: 'c' }] } });
    return { kind: 'truncated-json', method: 'POST', contentType: 'application/json', body: body.slice(0, this.#random.int(0, body.length - 1)) };
  }

  #nonUtf8(): FuzzRequest {
    const invalid = Buffer.from(Array.from({ length: this.#random.int(1, 64) }, () => this.#random.pick([0xc3, 0x28, 0xff, 0xfe, 0x80, 0xed, 0xa0, 0xf8])));
    const body = new Uint8Array(Buffer.concat([Buffer.from('{"query":"{ applicationByName(name: \\"'), invalid, Buffer.from('\\") { id } }"}')]));
    return { kind: 'non-utf8', method: 'POST', contentType: this.#random.pick(['application/json', 'text/plain', 'application/json; charset=latin1']), body };
  }

  #oversized(): FuzzRequest {
    const query = `{ applicationByName(name: "${'y'.repeat(BODY_LIMIT_BYTES + this.#random.int(1, 4096))}") { id } }`;
    return this.#json('oversized', { query });
  }

  #garbage(): string {
    const r = this.#random;
    const tokens = ['{', '}', '(', ')', '[', ']', ':', '...', '@', '$', '!', '=', '"', '"""', 'query', 'mutation', 'fragment', 'on', 'applications', 'limit', '1', '#', ',', '|', '&'];
    return Array.from({ length: r.int(0, 60) }, () => (r.chance(0.1) ? r.string(8) : r.pick(tokens))).join(' ');
  }

  /** Well-formed JSON of the wrong shape, directives misused, several operations without a name. */
  #odd(): FuzzRequest {
    const r = this.#random;
    const q = this.#operation('query');
    const body = r.pick<unknown>([
      null,
      42,
      'query',
      [],
      {},
      { query: 5 },
      { query: null },
      { query: q, variables: 'not an object' },
      { query: q, operationName: { x: 1 } },
      { query: `${q} ${q}` },
      { query: `${q} query B { __typename }`, operationName: 'Missing' },
      { query: '{ __typename @skip(if: "yes") }' },
      { query: '{ __typename @unknownDirective }' },
      { query: '{ __typename @include(if: true) @include(if: false) }' },
      { query: 'subscription { __typename }' },
      { query: '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }' },
      { query: q, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    ]);
    return this.#json('odd-json', body);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
