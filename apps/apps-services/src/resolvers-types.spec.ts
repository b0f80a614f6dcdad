import { join } from 'node:path';

// The generator's configuration is plain CommonJS, shared with `npm run codegen`; the test uses the very same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateResolverTypesInChildProcess, readCommittedResolverTypes } = require(
  join(__dirname, '../../../tools/codegen/codegen.cjs'),
);

describe('generated resolver types', () => {
  it('are committed up to date (run npm run codegen after changing schema.graphql)', async () => {
    expect(readCommittedResolverTypes('apps-services')).toBe(await generateResolverTypesInChildProcess('apps-services'));
  });
});
