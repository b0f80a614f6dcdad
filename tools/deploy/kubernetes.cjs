// Generates the Kubernetes manifests in deploy/kubernetes from the subgraph registry, so a subgraph added there gets
// its Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler by running this again. The output is
// committed and applied with `kubectl apply -k deploy/kubernetes`; a test validates it against the Kubernetes schemas
// and fails when it is stale.
//   node tools/deploy/kubernetes.cjs          (npm run deploy:manifests) write deploy/kubernetes/*.yaml
//   node tools/deploy/kubernetes.cjs --check  exit 1 when the committed files differ
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const workspaceRoot = path.resolve(__dirname, '../..');
const OUTPUT_DIR = path.join(workspaceRoot, 'deploy/kubernetes');
const SUBGRAPHS = JSON.parse(readFileSync(path.join(workspaceRoot, 'libs/shared/subgraph-registry/src/subgraphs.json'), 'utf8'));

const IMAGE = 'firstgen-control-plane:0.1.0';
const GATEWAY_PORT = 4000;
const CONFIG = 'firstgen-config';
// Created by the operator (see firstgen-secrets.example.yaml): the signing secret and the URLs with their credentials.
const SECRETS = 'firstgen-secrets';
const DELEGATE_SECRET = 'firstgen-delegate';

const labelsOf = (app) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'firstgen-control-plane' });

function httpProbe(path, periodSeconds, failureThreshold) {
  return { httpGet: { path, port: 'http' }, periodSeconds, timeoutSeconds: 2, failureThreshold };
}

/** A stateless HTTP app: every replica is alike, state lives in MongoDB and Redis. */
function httpApp({ name, port, replicas, command, extraEnv = [], resources }) {
  const labels = labelsOf(name);
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels,
          annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port), 'prometheus.io/path': '/metrics' },
        },
        spec: {
          // Longer than a delegate's acquire and the apps' own shutdown, so SIGTERM drains in-flight requests.
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name,
              image: IMAGE,
              command,
              ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
              envFrom: [{ configMapRef: { name: CONFIG } }, { secretRef: { name: SECRETS } }],
              env: extraEnv,
              readinessProbe: httpProbe('/readyz', 5, 3),
              livenessProbe: httpProbe('/healthz', 10, 6),
              startupProbe: httpProbe('/healthz', 2, 60),
              resources,
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels },
    spec: { selector: labels, ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }] },
  };
  const disruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels },
    spec: { minAvailable: 1, selector: { matchLabels: labels } },
  };
  const autoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, labels },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: replicas,
      maxReplicas: replicas * 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  };
  return [deployment, service, disruptionBudget, autoscaler];
}

const SUBGRAPH_RESOURCES = { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } };
const GATEWAY_RESOURCES = { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '768Mi' } };

function subgraphApp(entry) {
  return httpApp({
    name: entry.name,
    port: entry.port,
    replicas: 2,
    command: ['node', `dist/apps/${entry.name}/main.js`],
    extraEnv: [{ name: `${entry.variablePrefix}_PORT`, value: String(entry.port) }],
    resources: SUBGRAPH_RESOURCES,
  });
}

function gatewayApp() {
  const manifests = httpApp({
    name: 'gateway',
    port: GATEWAY_PORT,
    replicas: 2,
    command: ['node', 'dist/apps/gateway/main.js'],
    extraEnv: [{ name: 'GATEWAY_PORT', value: String(GATEWAY_PORT) }],
    resources: GATEWAY_RESOURCES,
  });
  // Only the API leaves the cluster: /metrics, /healthz and /readyz stay for Prometheus and the kubelet.
  const ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'gateway', labels: labelsOf('gateway') },
    spec: {
      rules: [
        {
          http: {
            paths: ['/api', '/explorer'].map((prefix) => ({
              path: prefix,
              pathType: 'Prefix',
              backend: { service: { name: 'gateway', port: { name: 'http' } } },
            })),
          },
        },
      ],
    },
  };
  return [...manifests, ingress];
}

const BROKER_PORT = 4010;

/** The delegate broker: delegates' calls (through the gateway) and the task sweeps; it has no /readyz of its own. */
function delegateBrokerApp() {
  const manifests = httpApp({
    name: 'delegate-broker',
    port: BROKER_PORT,
    replicas: 2,
    command: ['node', 'dist/apps/delegate-broker/main.js'],
    extraEnv: [{ name: 'DELEGATE_BROKER_PORT', value: String(BROKER_PORT) }],
    resources: SUBGRAPH_RESOURCES,
  });
  manifests[0].spec.template.spec.containers[0].readinessProbe = httpProbe('/healthz', 5, 3);
  return manifests;
}

/** A delegate normally runs in the customer's own infrastructure; this one runs tasks from inside the cluster. */
function delegateApp() {
  const labels = labelsOf('delegate');
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'delegate', labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            // Running tasks get DELEGATE_SHUTDOWN_GRACE_MS (30 s) to finish after SIGTERM.
            terminationGracePeriodSeconds: 40,
            securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'delegate',
                image: IMAGE,
                command: ['node', 'dist/apps/delegate/main.js'],
                env: [
                  { name: 'PLATFORM_URL', value: `http://gateway:${GATEWAY_PORT}` },
                  { name: 'DELEGATE_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                  { name: 'DELEGATE_TAGS', value: 'kubernetes' },
                  { name: 'DELEGATE_TOKEN', valueFrom: { secretKeyRef: { name: DELEGATE_SECRET, key: 'DELEGATE_TOKEN' } } },
                ],
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
                securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
              },
            ],
          },
        },
      },
    },
  ];
}

function configMap() {
  const data = {
    LOG_LEVEL: 'info',
    GATEWAY_HOST: '0.0.0.0',
    SUBGRAPH_HOST: '0.0.0.0',
    MONGO_DB_PREFIX: 'fg',
    REDIS_KEY_PREFIX: 'fg:',
  };
  for (const entry of SUBGRAPHS) data[`${entry.variablePrefix}_URL`] = `http://${entry.name}:${entry.port}/graphql`;
  data.DELEGATE_BROKER_URL = `http://delegate-broker:${BROKER_PORT}`;
  return [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: CONFIG, labels: labelsOf('config') }, data }];
}

// Placeholders only: create the real Secrets from your own values (README, "Operating it").
function secretExample() {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: SECRETS, labels: labelsOf('config') },
      type: 'Opaque',
      stringData: {
        GATEWAY_SIGNING_SECRET: '<32+ random characters, the same for every app>',
        // The external MongoDB replica set (one database per subgraph under MONGO_DB_PREFIX).
        MONGO_URL: 'mongodb://<user>:<password>@mongo-0.mongo.example:27017,mongo-1.mongo.example:27017,mongo-2.mongo.example:27017/?replicaSet=rs0&authSource=admin',
        // The external Redis (noeviction, AOF on): limits and the delegate task queues.
        REDIS_URL: 'redis://:<password>@redis.example:6379',
        // The secrets subgraph's master key, `<keyId>:<base64 of 32 random bytes>` (README, "Secrets").
        SECRETS_MASTER_KEY: '<keyId>:<base64 of 32 random bytes>',
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: DELEGATE_SECRET, labels: labelsOf('delegate') },
      type: 'Opaque',
      stringData: { DELEGATE_TOKEN: '<a token from the createDelegateToken mutation>' },
    },
  ];
}

const HEADER = '# Generated by `npm run deploy:manifests` (tools/deploy/kubernetes.cjs) from the subgraph registry: do not edit.\n';

function toYaml(documents) {
  return HEADER + documents.map((document) => YAML.stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}

/** File name -> YAML; the kustomization lists every file but the example secret. */
function generate() {
  const files = {
    'config.yaml': configMap(),
    'gateway.yaml': gatewayApp(),
    ...Object.fromEntries(SUBGRAPHS.map((entry) => [`${entry.name}.yaml`, subgraphApp(entry)])),
    'delegate-broker.yaml': delegateBrokerApp(),
    'delegate.yaml': delegateApp(),
  };
  const output = Object.fromEntries(Object.entries(files).map(([file, documents]) => [file, toYaml(documents)]));
  output['firstgen-secrets.example.yaml'] = toYaml(secretExample());
  output['kustomization.yaml'] = toYaml([
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'firstgen',
      resources: Object.keys(files),
      images: [{ name: 'firstgen-control-plane', newTag: '0.1.0' }],
    },
  ]);
  return output;
}

function readCommitted(file) {
  try {
    return readFileSync(path.join(OUTPUT_DIR, file), 'utf8');
  } catch {
    return '';
  }
}

function staleFiles() {
  return Object.entries(generate())
    .filter(([file, content]) => readCommitted(file) !== content)
    .map((entry) => `deploy/kubernetes/${entry[0]}`);
}

module.exports = { generate, staleFiles, OUTPUT_DIR };

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`${stale.join(', ')} stale: run npm run deploy:manifests`);
      process.exit(1);
    }
    console.log('Kubernetes manifests are up to date');
  } else {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const [file, content] of Object.entries(generate())) writeFileSync(path.join(OUTPUT_DIR, file), content);
    console.log(`wrote ${Object.keys(generate()).length} files to deploy/kubernetes`);
  }
}
