// Stock Apollo Gateway, as its documentation sets it up: ApolloServer's standalone server, ApolloGateway over the
// supergraph and a RemoteGraphQLDataSource whose willSendRequest adds the signed principal. Nothing tuned.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { peerEnvironment } from './peer-environment.mjs';

const { port, supergraphSdl, subgraphUrls, signed } = peerEnvironment();

class SigningDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request }) {
    for (const [name, value] of Object.entries(signed())) request.http.headers.set(name, value);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name }) => new SigningDataSource({ url: subgraphUrls[name] }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
console.log(`stock Apollo Gateway at ${url}`);
process.once('SIGTERM', () => process.exit(0));
