import { join } from 'node:path';
import { SUBGRAPH_NAMES } from '@fg/subgraph-registry';

// The generator's configuration is plain CommonJS, shared with `npm run codegen`; the test uses the very same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateResolverTypesInChildProcess, readCommittedResolverTypes } = require(join(__dirname, '../../../../tools/codegen/codegen.cjs'));

describe('generated resolver types of every subgraph', () => {
  it.each(SUBGRAPH_NAMES)('are committed up to date for %s (run npm run codegen after changing its schema.graphql)', async (subgraph) => {
    expect(readCommittedResolverTypes(subgraph)).toBe(await generateResolverTypesInChildProcess(subgraph));
  });
});
