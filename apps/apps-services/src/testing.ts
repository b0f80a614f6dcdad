// Test support for this subgraph's integration specs (never imported by runtime code).
import type { Principal, PrincipalKind } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import type { GraphQLResponse, TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal } from '@fg/testing';

export type Caller = Principal;

/** A caller of the account: a user who administers it unless said otherwise. */
export const callerIn = (accountId: string, who: { kind?: PrincipalKind; id?: string; permissions?: PermissionSet } = {}): Caller =>
  testPrincipal(accountId, { kind: who.kind ?? 'user', id: who.id ?? `u-${accountId}`, permissions: who.permissions ?? ACCOUNT_ADMINISTRATOR });

/** Setup calls through the API that must succeed: their errors fail the spec at once, with the message. */
export function fixtures(subgraph: TestSubgraph) {
  async function ok<T = Record<string, unknown>>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await subgraph.query<T>(caller, query, variables);
    if (body.errors?.length) throw new Error(`setup call failed: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  return {
    ok,
    async application(caller: Caller, name: string): Promise<string> {
      const data = await ok<{ createApplication: { application: { id: string } } }>(
        caller,
        'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }',
        { input: { name } },
      );
      return data.createApplication.application.id;
    },
    async service(caller: Caller, applicationId: string, name: string, overrides: Record<string, unknown> = {}): Promise<string> {
      const data = await ok<{ createService: { service: { id: string } } }>(
        caller,
        'mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }',
        { input: { applicationId, name, deploymentType: 'KUBERNETES', artifactType: 'DOCKER', ...overrides } },
      );
      return data.createService.service.id;
    },
    async environment(caller: Caller, applicationId: string, name: string, environmentType = 'NON_PROD'): Promise<string> {
      const data = await ok<{ createEnvironment: { environment: { id: string } } }>(
        caller,
        'mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }',
        { input: { applicationId, name, environmentType } },
      );
      return data.createEnvironment.environment.id;
    },
    async infrastructure(caller: Caller, environmentId: string, name: string, overrides: Record<string, unknown> = {}): Promise<string> {
      const data = await ok<{ createInfrastructureDefinition: { infrastructureDefinition: { id: string } } }>(
        caller,
        'mutation($input: CreateInfrastructureDefinitionInput!) { createInfrastructureDefinition(input: $input) { infrastructureDefinition { id } } }',
        { input: { environmentId, name, deploymentType: 'KUBERNETES', ...overrides } },
      );
      return data.createInfrastructureDefinition.infrastructureDefinition.id;
    },
    async tag(caller: Caller, entityType: string, entityId: string, name: string, value?: string): Promise<void> {
      await ok(caller, 'mutation($input: AttachTagInput!) { attachTag(input: $input) { tagLink { name } } }', {
        input: { entityType, entityId, name, value },
      });
    },
  };
}

export const firstError = (response: GraphQLResponse) => response.body.errors?.[0];
export const names = (nodes: { name: string }[]) => nodes.map((node) => node.name).sort();
