// Generates each subgraph's resolver types from its schema.graphql (GraphQL Code Generator, typescript-resolvers).
// The files are committed; a spec in every subgraph app fails when one is stale.
//   npm run codegen     (graphql-codegen --config tools/codegen/codegen.cjs) writes all of them
// Plain CommonJS, like the supergraph script, so the CLI and the specs load the very same configuration.
const { execFile } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const workspaceRoot = path.resolve(__dirname, '../..');

/** Where a subgraph's generated types live: inside the app, next to the resolvers that use them. */
const outputOf = (subgraph) => `apps/${subgraph}/src/generated/resolvers-types.ts`;

// The subgraph registry; each app declares in src/codegen.json its context type and, per GraphQL object type, the
// type its resolvers really return (entities and lazy connections), so parents are typed as the resolvers receive
// them. Paths are relative to the output file; an imported type is named with the suffix Model, which is how a
// generic (Connection<…>) refers to it.
const REGISTRY = JSON.parse(readFileSync(path.join(workspaceRoot, 'libs/shared/subgraph-registry/src/subgraphs.json'), 'utf8'));
const SUBGRAPH_NAMES = REGISTRY.map((entry) => entry.name);
const appSettings = (subgraph) => JSON.parse(readFileSync(path.join(workspaceRoot, 'apps', subgraph, 'src/codegen.json'), 'utf8'));

const shared = {
  federation: true,
  useTypeImports: true,
  // String unions, not TypeScript enums, so entities stay plain objects.
  enumsAsTypes: true,
  // The scalars of @fg/graphql-kit: what a resolver returns (output) and what parseValue gives an argument (input).
  scalars: {
    DateTime: 'number',
    Long: { input: 'number', output: 'string' },
    Number: 'number',
    // Federation's selection sets (@key fields), which the federation option declares.
    _FieldSet: 'string',
  },
  strictScalars: true,
  mapperTypeSuffix: 'Model',
};

function generatesFor(subgraph) {
  const { contextType, mappers } = appSettings(subgraph);
  return {
    schema: path.join(workspaceRoot, 'apps', subgraph, 'src/schema.graphql'),
    plugins: ['typescript', 'typescript-resolvers'],
    config: { ...shared, contextType, mappers },
  };
}

/** The configuration for every subgraph, or only the ones named. */
function codegenConfig(subgraphs = SUBGRAPH_NAMES) {
  return {
    overwrite: true,
    generates: Object.fromEntries(
      subgraphs.map((subgraph) => [path.join(workspaceRoot, outputOf(subgraph)), generatesFor(subgraph)]),
    ),
  };
}

/** Generates a subgraph's resolver types in memory (nothing is written). */
async function generateResolverTypes(subgraph) {
  const { generate } = require('@graphql-codegen/cli');
  const [output] = await generate({ ...codegenConfig([subgraph]), cwd: workspaceRoot }, false);
  return output.content;
}

/**
 * The same, in a child Node process: the generator's dependencies are ES modules, which Jest's CommonJS loader cannot
 * require (Node itself can).
 */
function generateResolverTypesInChildProcess(subgraph) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, subgraph], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`Generating ${subgraph} failed: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}

function readCommittedResolverTypes(subgraph) {
  try {
    return readFileSync(path.join(workspaceRoot, outputOf(subgraph)), 'utf8');
  } catch {
    return '';
  }
}

// The CLI reads the configuration from module.exports; the specs use the helpers beside it.
module.exports = codegenConfig();
Object.defineProperties(module.exports, {
  generateResolverTypes: { value: generateResolverTypes },
  generateResolverTypesInChildProcess: { value: generateResolverTypesInChildProcess },
  readCommittedResolverTypes: { value: readCommittedResolverTypes },
});

//   node tools/codegen/codegen.cjs <subgraph>   prints that subgraph's generated types
if (require.main === module) {
  generateResolverTypes(process.argv[2]).then(
    (content) => process.stdout.write(content),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
