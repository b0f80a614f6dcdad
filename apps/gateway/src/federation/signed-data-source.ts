import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { signIdentity, type Identity } from '@fg/internal-auth';

export interface GatewayContext {
  identity: Identity;
}

/** Sends every subgraph fetch with the caller's identity, signed so the subgraph can trust it. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly signingSecret: string,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const identity = (context as Partial<GatewayContext>).identity;
    // Requests the gateway makes on its own (none today) carry no identity and are refused by subgraphs.
    if (!identity || !request.http) return;
    for (const [name, value] of Object.entries(signIdentity(identity, this.signingSecret))) {
      request.http.headers.set(name, value);
    }
  }
}
