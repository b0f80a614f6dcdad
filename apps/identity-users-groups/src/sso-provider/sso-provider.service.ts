import { notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import type { AccountRepository, SsoProvider } from '@fg/identity-users-groups/data-access';
import { READ_SSO_PROVIDERS, type Authorizer } from '../authorization/authorizer';
import { arrayPage } from '../paging';

export const SSO_PROVIDER_NOT_FOUND = 'SSO Provider does not exist';

/** The account's SSO providers, read from the account record (configured there; read-only through the API). */
export class SsoProviderService {
  private providers?: Promise<SsoProvider[]>;

  constructor(
    private readonly accounts: AccountRepository,
    private readonly accountId: string,
    private readonly authorizer: Authorizer,
  ) {}

  async get(id: string): Promise<SsoProvider> {
    this.authorizer.requireAccountPermission(READ_SSO_PROVIDERS);
    return (await this.all()).find((provider) => provider.id === id) ?? Promise.reject(notFound(SSO_PROVIDER_NOT_FOUND));
  }

  async list(limit: number, offset: number | null | undefined): Promise<Connection<SsoProvider>> {
    const page = pageRequest(limit, offset);
    this.authorizer.requireAccountPermission(READ_SSO_PROVIDERS);
    return arrayPage(page, () => this.all());
  }

  private all(): Promise<SsoProvider[]> {
    return (this.providers ??= this.accounts.byId(this.accountId).then((account) => account?.ssoProviders ?? []));
  }
}
