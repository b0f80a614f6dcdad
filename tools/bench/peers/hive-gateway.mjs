// Hive Gateway's runtime with its defaults (which include in-flight deduplication of identical subgraph requests),
// served by Node's HTTP server, its HTTP transport, and a plugin that adds the signed principal to every subgraph call.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { peerEnvironment, supergraphWithUrls } from './peer-environment.mjs';

const { port, supergraphSdl, subgraphUrls, signed } = peerEnvironment();

const signPrincipal = {
  onFetch({ options, setOptions }) {
    setOptions({ ...options, headers: { ...options.headers, ...signed() } });
  },
};

const gateway = createGatewayRuntime({
  supergraph: supergraphWithUrls(supergraphSdl, subgraphUrls),
  transports: { http: httpTransport },
  plugins: () => [signPrincipal],
  logging: 'error',
});
createServer(gateway).listen(port, '127.0.0.1', () => console.log(`Hive Gateway at http://127.0.0.1:${port}/graphql`));
process.once('SIGTERM', () => process.exit(0));
