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

  it('has server timeouts against slow clients, configurable, the headers one never above the request one', () => {
    expect(parseGatewayEnvironment({ GATEWAY_SIGNING_SECRET: SECRET }).serverTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000 });
    const configured = parseGatewayEnvironment({
      GATEWAY_SIGNING_SECRET: SECRET,
      GATEWAY_HEADERS_TIMEOUT_MS: '2000',
      GATEWAY_REQUEST_TIMEOUT_MS: '4000',
      GATEWAY_KEEP_ALIVE_TIMEOUT_MS: '1000',
    });
    expect(configured.serverTimeouts).toEqual({ headersMs: 2000, requestMs: 4000, keepAliveMs: 1000 });
    expect(() => parseGatewayEnvironment({ GATEWAY_SIGNING_SECRET: SECRET, GATEWAY_HEADERS_TIMEOUT_MS: '5000', GATEWAY_REQUEST_TIMEOUT_MS: '4000' })).toThrow(
      /GATEWAY_HEADERS_TIMEOUT_MS: must not be above GATEWAY_REQUEST_TIMEOUT_MS/,
    );
  });
});
