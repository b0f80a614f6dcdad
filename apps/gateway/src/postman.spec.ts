import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { MAX_QUERY_TOKENS, costLimitRule, depthLimitRule, fieldCountLimitRule } from '@fg/graphql-kit';

// The generator is plain CommonJS so `npm run postman` runs without a build; the test uses the very same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postman = require(join(__dirname, '../../../tools/postman/generate.cjs')) as {
  generate(): Record<string, string>;
  readSchema(): GraphQLSchema;
  staleFiles(): string[];
  COLLECTION_FILE: string;
};

interface CollectionItem {
  name: string;
  request: { body: { graphql: { query: string; variables: string } } };
}

describe('Postman collection', () => {
  const collection = JSON.parse(readFileSync(postman.COLLECTION_FILE, 'utf8')) as { item: { name: string; item: CollectionItem[] }[] };
  const schema = postman.readSchema();
  const requests = collection.item.flatMap((folder) => folder.item);

  it('is committed up to date with the supergraph (run npm run postman after composing)', () => {
    expect(postman.staleFiles()).toEqual([]);
  });

  it('has one request per query and mutation of the API', () => {
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((root) => Object.keys(root?.getFields() ?? {}));
    expect(requests.map((request) => request.name).sort()).toEqual(operations.sort());
  });

  it('holds only documents valid against the schema and within the query limits, with variables for every variable they declare', () => {
    const rules = [...specifiedRules, depthLimitRule(), fieldCountLimitRule(), costLimitRule()];
    for (const { name, request } of requests) {
      const document = parse(request.body.graphql.query, { maxTokens: MAX_QUERY_TOKENS });
      expect({ name, errors: validate(schema, document, rules).map((error) => error.message) }).toEqual({ name, errors: [] });
      const declared = [...request.body.graphql.query.matchAll(/\$(\w+):/g)].map((match) => match[1]);
      expect(Object.keys(JSON.parse(request.body.graphql.variables) as object).sort()).toEqual(declared.sort());
    }
  });
});
