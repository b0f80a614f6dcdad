import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function invalid(name: string, detail: string): GraphQLError {
  return new GraphQLError(`${name} ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function integerFrom(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) return Number(value);
  throw invalid(name, 'must be an integer, or a string of digits');
}

function literalToInteger(name: string, ast: ValueNode): number {
  if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return integerFrom(name, ast.kind === Kind.INT ? Number(ast.value) : ast.value);
  throw invalid(name, 'must be an integer, or a string of digits');
}

/** Epoch milliseconds as a JSON number, as the reference API sends; no ISO-8601. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'Epoch milliseconds',
  serialize: (value) => (value instanceof Date ? value.getTime() : integerFrom('DateTime', value)),
  parseValue: (value) => integerFrom('DateTime', value),
  parseLiteral: (ast) => literalToInteger('DateTime', ast),
});

/** A 64-bit integer sent as a string of digits, as the reference API sends. */
export const LongScalar = new GraphQLScalarType({
  name: 'Long',
  serialize: (value) => String(integerFrom('Long', value)),
  parseValue: (value) => integerFrom('Long', value),
  parseLiteral: (ast) => literalToInteger('Long', ast),
});

/** An int, long or double. */
export const NumberScalar = new GraphQLScalarType({
  name: 'Number',
  serialize: (value) => {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw invalid('Number', 'must be a finite number');
    return n;
  },
  parseValue: (value) => {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw invalid('Number', 'must be a finite number');
    return n;
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING) {
      const n = Number(ast.value);
      if (Number.isFinite(n)) return n;
    }
    throw invalid('Number', 'must be a finite number');
  },
});
