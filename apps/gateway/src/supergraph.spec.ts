import { join } from 'node:path';
import { SUBGRAPHS } from '@fg/subgraph-registry';

// The composition script is plain CommonJS so it runs without a build; the test uses the very same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeSupergraph, readCommittedSupergraph } = require(join(__dirname, '../../../tools/supergraph/compose.cjs'));

describe('supergraph', () => {
  it('composes from the schema of every subgraph in the registry, and only those', () => {
    const supergraph: string = composeSupergraph();
    const graphs = [...supergraph.matchAll(/^\s+(\w+) @join__graph\(name: "([\w-]+)"/gm)].map((match) => match[2]);
    expect(graphs.sort()).toEqual(SUBGRAPHS.map((entry) => entry.name).sort());
  });

  it('is committed up to date (run npm run compose:supergraph after changing a schema)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });
});
