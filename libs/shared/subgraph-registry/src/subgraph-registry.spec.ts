import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS, SUBGRAPH_NAMES, subgraphNamed, type SubgraphName } from './subgraph-registry';

const workspaceRoot = join(__dirname, '../../../..');
const compose = readFileSync(join(workspaceRoot, 'docker-compose.yml'), 'utf8');

/** The lines of one top-level service of docker-compose.yml (two-space indented block). */
function composeService(name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  if (start < 0) return '';
  const rest = compose.slice(start + 1);
  const next = rest.slice(1).search(/\n {2}[a-z][\w-]*:\n|\n[a-z]/);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

describe('subgraph registry', () => {
  it('names each subgraph once, with distinct ports, variables and databases', () => {
    for (const key of ['name', 'port', 'variablePrefix', 'database'] as const) {
      expect(new Set(SUBGRAPHS.map((entry) => entry[key])).size).toBe(SUBGRAPHS.length);
    }
    expect(subgraphNamed('secrets')).toMatchObject({ portVariable: 'SECRETS_PORT', urlVariable: 'SECRETS_URL' });
  });

  it('lists exactly the subgraphs the SubgraphName type allows', () => {
    const typed: Record<SubgraphName, true> = {
      'apps-services': true,
      'pipelines-workflows-executions': true,
      'identity-users-groups': true,
      secrets: true,
      'connectors-cloudproviders-artifacts': true,
    };
    expect([...SUBGRAPH_NAMES].sort()).toEqual(Object.keys(typed).sort());
  });

  it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))('has an app with a schema for %s', (name) => {
    expect(existsSync(join(workspaceRoot, 'apps', name, 'src/schema.graphql'))).toBe(true);
    expect(existsSync(join(workspaceRoot, 'apps', name, 'src/main.ts'))).toBe(true);
  });

  describe('docker-compose.yml agrees with it (edit the compose file when this fails)', () => {
    const gateway = composeService('gateway');

    it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))('runs %s on its port, health-checked', (name, entry) => {
      const service = composeService(name);
      expect(service).toContain(`command: ["node", "dist/apps/${name}/main.js"]`);
      expect(service).toContain(`${entry.portVariable}: "${entry.port}"`);
      expect(service).toContain(`http://127.0.0.1:${entry.port}/healthz`);
    });

    it.each(SUBGRAPHS.map((entry) => [entry.name, entry] as const))('points the gateway at %s and waits for it', (name, entry) => {
      expect(gateway).toContain(`${entry.urlVariable}: http://${name}:${entry.port}/graphql`);
      expect(gateway).toContain(`${name}: { condition: service_healthy }`);
    });

    it('runs no subgraph the registry does not know', () => {
      // DELEGATE_BROKER_URL points at the delegate broker, an app that is not a subgraph.
      const urlVariables = [...gateway.matchAll(/^ {6}([A-Z_]+)_URL:/gm)].map((match) => `${match[1]}_URL`).filter((name) => name !== 'DELEGATE_BROKER_URL');
      expect(urlVariables.sort()).toEqual(SUBGRAPHS.map((entry) => entry.urlVariable).sort());
    });
  });
});
