import { EnvironmentError } from '@fg/config';
import { SUBGRAPHS } from '@fg/subgraph-registry';
import { parseGatewayEnvironment } from './environment';

const SECRET = 'x'.repeat(40);

describe('gateway environment', () => {
  it('has a URL for every subgraph of the registry, from its variable or its local default', () => {
    const [first, ...rest] = SUBGRAPHS;
    const config = parseGatewayEnvironment({ GATEWAY_SIGNING_SECRET: SECRET, [first.urlVariable]: 'http://pods.internal:9000/graphql' });
    expect(config.subgraphUrls[first.name]).toBe('http://pods.internal:9000/graphql');
    for (const entry of rest) expect(config.subgraphUrls[entry.name]).toBe(entry.defaultUrl);
    expect(Object.keys(config.subgraphUrls).sort()).toEqual(SUBGRAPHS.map((entry) => entry.name).sort());
  });

  it('reports every bad variable at once, its own and the limits alike', () => {
    let caught: unknown;
    try {
      parseGatewayEnvironment({ GATEWAY_PORT: 'eighty', [SUBGRAPHS[0].urlVariable]: 'not a url', LIMIT_GRAPHQL_PER_MIN: '-3' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const variables = (caught as EnvironmentError).problems.map((problem) => problem.split(':')[0]);
    expect(variables).toEqual(expect.arrayContaining(['GATEWAY_PORT', 'GATEWAY_SIGNING_SECRET', SUBGRAPHS[0].urlVariable, 'LIMIT_GRAPHQL_PER_MIN']));
  });
});
