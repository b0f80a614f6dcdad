import { join } from 'node:path';

// The composition script is plain CommonJS so it runs without a build; the test uses the very same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeSupergraph, readCommittedSupergraph } = require(join(__dirname, '../../../tools/supergraph/compose.cjs'));

describe('supergraph', () => {
  it('composes from the five subgraph schemas', () => {
    const supergraph: string = composeSupergraph();
    for (const graph of [
      'APPS_SERVICES',
      'PIPELINES_WORKFLOWS_EXECUTIONS',
      'IDENTITY_USERS_GROUPS',
      'SECRETS',
      'CONNECTORS_CLOUDPROVIDERS_ARTIFACTS',
    ]) {
      expect(supergraph).toContain(`${graph} @join__graph`);
    }
  });

  it('is committed up to date (run npm run compose:supergraph after changing a schema)', () => {
    expect(readCommittedSupergraph()).toBe(composeSupergraph());
  });
});
