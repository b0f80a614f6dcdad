// Composes the subgraph schemas into the supergraph the gateway loads. Composition happens here, ahead of time,
// never at gateway start-up; the result is committed and a test fails when it is stale.
//   node tools/supergraph/compose.cjs          write apps/gateway/src/supergraph.graphql
//   node tools/supergraph/compose.cjs --check  exit 1 when the committed file differs
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');

const workspaceRoot = path.resolve(__dirname, '../..');
const SUPERGRAPH_PATH = path.join(workspaceRoot, 'apps/gateway/src/supergraph.graphql');

// The subgraph registry. Names are part of the supergraph; the gateway maps each to its configured URL.
const SUBGRAPHS = JSON.parse(readFileSync(path.join(workspaceRoot, 'libs/shared/subgraph-registry/src/subgraphs.json'), 'utf8'));

function composeSupergraph() {
  const services = SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(readFileSync(path.join(workspaceRoot, 'apps', name, 'src/schema.graphql'), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Composition failed:\n${details}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

function readCommittedSupergraph() {
  try {
    return readFileSync(SUPERGRAPH_PATH, 'utf8');
  } catch {
    return '';
  }
}

module.exports = { composeSupergraph, readCommittedSupergraph, SUPERGRAPH_PATH };

if (require.main === module) {
  try {
    const supergraph = composeSupergraph();
    if (process.argv.includes('--check')) {
      if (supergraph !== readCommittedSupergraph()) {
        console.error('apps/gateway/src/supergraph.graphql is stale: run npm run compose:supergraph');
        process.exit(1);
      }
      console.log('supergraph is up to date');
    } else {
      writeFileSync(SUPERGRAPH_PATH, supergraph);
      console.log(`wrote ${path.relative(workspaceRoot, SUPERGRAPH_PATH)}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
