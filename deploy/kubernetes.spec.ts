import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SUBGRAPHS } from '@fg/subgraph-registry';

// The generator is plain CommonJS so `npm run deploy:manifests` runs without a build; the test uses the same code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifests = require(join(__dirname, '../tools/deploy/kubernetes.cjs')) as { staleFiles(): string[]; OUTPUT_DIR: string };

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // Each kind's own shape; the schema validation below checks it, the assertions read what they need.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any;
}

interface ValidatingModel {
  validate(): void;
}

/** The kubernetes-models class of a resource (its JSON schema, vendored in the npm package). */
function modelOf(resource: Resource): new (data: Resource) => ValidatingModel {
  const [group, version] = resource.apiVersion.includes('/') ? resource.apiVersion.split('/') : [undefined, resource.apiVersion];
  const modulePath = group ? `kubernetes-models/${group}/${version}/${resource.kind}` : `kubernetes-models/${version}/${resource.kind}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(modulePath) as Record<string, new (data: Resource) => ValidatingModel>)[resource.kind];
}

const files = readdirSync(manifests.OUTPUT_DIR).filter((file) => file.endsWith('.yaml'));
const documentsOf = (file: string): Resource[] =>
  parseAllDocuments(readFileSync(join(manifests.OUTPUT_DIR, file), 'utf8')).map((document) => document.toJS() as Resource);
const resources = files.filter((file) => file !== 'kustomization.yaml').flatMap(documentsOf);
const find = (kind: string, name: string) => resources.find((resource) => resource.kind === kind && resource.metadata.name === name);

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it('are generated up to date from the registry (run npm run deploy:manifests)', () => {
    expect(manifests.staleFiles()).toEqual([]);
  });

  it.each(resources.map((resource) => [`${resource.kind} ${resource.metadata.name}`, resource]))('%s is valid against the Kubernetes schema', (_name, resource) => {
    expect(() => new (modelOf(resource))(resource).validate()).not.toThrow();
  });

  it('can fail: a Deployment whose container port is not a number is refused', () => {
    const broken = structuredClone(find('Deployment', 'gateway')!);
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => new (modelOf(broken))(broken).validate()).toThrow();
  });

  it.each([...SUBGRAPHS.map((entry) => [entry.name, entry.port]), ['gateway', 4000]] as [string, number][])(
    '%s runs as a Deployment with probes, resource requests, a Service, a PodDisruptionBudget and a CPU autoscaler',
    (name, port) => {
      const deployment = find('Deployment', name)!;
      const [container] = deployment.spec.template.spec.containers;
      expect(container.command).toEqual(['node', `dist/apps/${name}/main.js`]);
      expect(container.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
      expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'firstgen-config' } }, { secretRef: { name: 'firstgen-secrets' } }]);
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);

      const labels = deployment.spec.selector.matchLabels;
      expect(find('Service', name)!.spec).toMatchObject({ selector: labels, ports: [{ port, targetPort: 'http' }] });
      expect(find('PodDisruptionBudget', name)!.spec).toEqual({ minAvailable: 1, selector: { matchLabels: labels } });
      const autoscaler = find('HorizontalPodAutoscaler', name)!.spec;
      expect(autoscaler.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(autoscaler.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
    },
  );

  it('points the gateway at every subgraph of the registry through its Service', () => {
    const config = find('ConfigMap', 'firstgen-config')!.data as Record<string, string>;
    for (const entry of SUBGRAPHS) expect(config[entry.urlVariable]).toBe(`http://${entry.name}:${entry.port}/graphql`);
  });

  it('runs the delegate with its token from a Secret and the gateway as its platform', () => {
    const [container] = find('Deployment', 'delegate')!.spec.template.spec.containers;
    const env = Object.fromEntries((container.env as { name: string; value?: string; valueFrom?: unknown }[]).map((each) => [each.name, each]));
    expect(env.DELEGATE_TOKEN.valueFrom).toEqual({ secretKeyRef: { name: 'firstgen-delegate', key: 'DELEGATE_TOKEN' } });
    expect(env.PLATFORM_URL.value).toBe('http://gateway:4000');
  });

  it('keeps secrets out of what is applied: only Secret references, and the example secret is not a resource', () => {
    const [kustomization] = documentsOf('kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.filter((file) => file !== 'kustomization.yaml' && !file.includes('.example.')).sort());
    const applied = kustomization.resources.flatMap((file: string) => documentsOf(file)) as Resource[];
    expect(applied.filter((resource) => resource.kind === 'Secret')).toEqual([]);
    const text = kustomization.resources.map((file: string) => readFileSync(join(manifests.OUTPUT_DIR, file), 'utf8')).join('\n');
    expect(text).not.toMatch(/GATEWAY_SIGNING_SECRET|MONGO_URL|REDIS_URL|mongodb:\/\/|redis:\/\//);
  });
});
