// Generates the Postman collection (one request per query and mutation, with example variables) and a local
// environment from the committed supergraph, so they never drift from the API. Both are committed; a test fails when
// they are stale.
//   node tools/postman/generate.cjs          (npm run postman) write docs/postman/*.json
//   node tools/postman/generate.cjs --check  exit 1 when the committed files differ
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { createHash } = require('node:crypto');
const path = require('node:path');
const {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  parse,
} = require('graphql');

const workspaceRoot = path.resolve(__dirname, '../..');
const SUPERGRAPH_PATH = path.join(workspaceRoot, 'apps/gateway/src/supergraph.graphql');
const OUTPUT_DIR = path.join(workspaceRoot, 'docs/postman');
const COLLECTION_FILE = path.join(OUTPUT_DIR, 'firstgen-control-plane.postman_collection.json');
const ENVIRONMENT_FILE = path.join(OUTPUT_DIR, 'local.postman_environment.json');

// How deep a generated selection reaches below the operation's field; deeper objects are left for the user to add.
const MAX_SELECTION_DEPTH = 3;

// Ids derived from names, so regenerating an unchanged schema writes identical files.
function stableId(name) {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An example value for an argument or input field, by type, then by name where the name says more. */
function exampleValue(type, name, depth = 0) {
  if (isNonNullType(type)) return exampleValue(type.ofType, name, depth);
  if (isListType(type)) return [exampleValue(type.ofType, name, depth)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) return exampleInput(type, depth + 1);
  switch (type.name) {
    case 'Int':
      if (name === 'limit') return 10;
      if (name === 'offset') return 0;
      return 1;
    case 'Float':
    case 'Number':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return 1700000000000;
    case 'Long':
      return '0';
    case 'String':
    case 'ID':
      if (name === 'clientMutationId') return 'postman-1';
      if (name === 'email') return 'admin@demo.local';
      return `<${name}>`;
    default:
      return `<${name}>`;
  }
}

/** An input object with its required fields and its clientMutationId (the rest are optional: add them as needed). */
function exampleInput(type, depth) {
  const value = {};
  for (const field of Object.values(type.getFields())) {
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    if (!required && field.name !== 'clientMutationId') continue;
    if (depth > MAX_SELECTION_DEPTH) continue;
    value[field.name] = exampleValue(field.type, field.name, depth);
  }
  return value;
}

/** The arguments a request shows: the required ones, plus paging (which most lists are about). */
function shownArguments(field) {
  return field.args.filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || arg.name === 'limit' || arg.name === 'offset');
}

function leafFields(type) {
  return Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)));
}

/** The selection of an object: its leaf fields, and its object fields down to MAX_SELECTION_DEPTH, no type twice on a path. */
function selection(type, indent, depth, path) {
  const pad = '  '.repeat(indent);
  if (isUnionType(type)) return `${pad}__typename`;
  const lines = leafFields(type).map((field) => `${pad}${field.name}`);
  if (isInterfaceType(type)) lines.unshift(`${pad}__typename`);
  for (const field of depth < MAX_SELECTION_DEPTH ? Object.values(type.getFields()) : []) {
    const named = getNamedType(field.type);
    if (isLeafType(named) || field.args.some((arg) => isNonNullType(arg.type)) || path.includes(named.name)) continue;
    lines.push(`${pad}${field.name} {\n${selection(named, indent + 1, depth + 1, [...path, named.name])}\n${pad}}`);
  }
  // A selection may not be empty.
  return (lines.length ? lines : [`${pad}__typename`]).join('\n');
}

function operationDocument(kind, field) {
  const args = shownArguments(field);
  const variables = args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const call = args.length ? `${field.name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : field.name;
  const returned = getNamedType(field.type);
  const body = isLeafType(returned) ? call : `${call} {\n${selection(returned, 2, 1, [returned.name])}\n  }`;
  return `${kind} ${field.name}${variables ? `(${variables})` : ''} {\n  ${body}\n}\n`;
}

function requestItem(kind, field) {
  const variables = Object.fromEntries(shownArguments(field).map((arg) => [arg.name, exampleValue(arg.type, arg.name)]));
  return {
    name: field.name,
    request: {
      method: 'POST',
      header: [{ key: 'Content-Type', value: 'application/json' }],
      body: {
        mode: 'graphql',
        graphql: { query: operationDocument(kind, field), variables: `${JSON.stringify(variables, null, 2)}\n` },
      },
      url: {
        raw: '{{baseUrl}}/api/graphql?accountId={{accountId}}',
        host: ['{{baseUrl}}'],
        path: ['api', 'graphql'],
        query: [{ key: 'accountId', value: '{{accountId}}', disabled: true, description: 'Optional: the account the key must belong to' }],
      },
      description: field.description ?? `The ${field.name} ${kind}.`,
    },
  };
}

function readSchema() {
  // The supergraph is valid SDL for graphql-js once its federation directives are taken as declared.
  return buildASTSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), { assumeValidSDL: true });
}

function generate() {
  const schema = readSchema();
  const folder = (name, kind, root) => ({
    name,
    item: root ? Object.values(root.getFields()).map((field) => requestItem(kind, field)) : [],
  });
  const collection = {
    info: {
      _postman_id: stableId('firstgen-control-plane collection'),
      name: 'FirstGen control plane',
      description:
        'Every query and mutation of the GraphQL API, generated from apps/gateway/src/supergraph.graphql by `npm run postman`. ' +
        'Import it with local.postman_environment.json and set apiKey (and baseUrl for another host).',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    auth: {
      type: 'apikey',
      apikey: [
        { key: 'key', value: 'x-api-key', type: 'string' },
        { key: 'value', value: '{{apiKey}}', type: 'string' },
        { key: 'in', value: 'header', type: 'string' },
      ],
    },
    item: [folder('Queries', 'query', schema.getQueryType()), folder('Mutations', 'mutation', schema.getMutationType())],
  };
  const environment = {
    id: stableId('firstgen-control-plane local environment'),
    name: 'FirstGen control plane (local)',
    values: [
      { key: 'baseUrl', value: 'http://127.0.0.1:4000', type: 'default', enabled: true },
      { key: 'apiKey', value: '', type: 'secret', enabled: true },
      { key: 'accountId', value: 'demo-account', type: 'default', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  };
  return {
    [COLLECTION_FILE]: `${JSON.stringify(collection, null, 2)}\n`,
    [ENVIRONMENT_FILE]: `${JSON.stringify(environment, null, 2)}\n`,
  };
}

function readCommitted(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The files that differ from what the supergraph generates (relative paths); empty when up to date. */
function staleFiles() {
  return Object.entries(generate())
    .filter(([file, content]) => readCommitted(file) !== content)
    .map(([file]) => path.relative(workspaceRoot, file));
}

module.exports = { generate, readSchema, staleFiles, COLLECTION_FILE, ENVIRONMENT_FILE };

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run npm run postman`);
      process.exit(1);
    }
    console.log('Postman collection is up to date');
  } else {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const [file, content] of Object.entries(generate())) {
      writeFileSync(file, content);
      console.log(`wrote ${path.relative(workspaceRoot, file)}`);
    }
  }
}
