// npm start: everything a fresh clone needs, in the foreground. Installs dependencies, builds the apps, starts (or
// reuses) the store and Redis, then each subgraph and the gateway once the previous part is ready. Ctrl-C or SIGTERM
// stops everything it started.
import path from 'node:path';
import { ChildSet, startServices } from './services.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir, subgraphs } from './workspace.mjs';

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const width = Math.max(...subgraphs.map(({ name }) => name.length), 'gateway'.length);

/** One labelled line per log record; pino's JSON is turned into something a person reads. */
function log(label, line) {
  let text = line;
  if (line.startsWith('{')) {
    try {
      const { level, msg, time: _time, pid: _pid, hostname: _hostname, name: _name, ...rest } = JSON.parse(line);
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
      text = `${LEVELS[level] ?? level} ${msg ?? ''}${extra}`;
    } catch {
      // Not JSON after all: print as is.
    }
  }
  process.stdout.write(`[${label.padEnd(width)}] ${text}\n`);
}

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

const port = (variable, fallback) => Number(process.env[variable] ?? fallback);
const gatewayPort = port('GATEWAY_PORT', 4000);
const gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;

if (await answers(`${gatewayOrigin}/healthz`)) {
  console.log(`The stack is already running: the gateway answers at ${gatewayOrigin}/api/graphql. Nothing to do.`);
  process.exit(0);
}

let services;
const children = new ChildSet(log);
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  log('setup', 'stopping…');
  await children.stopAll();
  await services?.stop();
  process.exit(code);
}
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));
// A signal sent to `npm start` can end npm and its shell without reaching this process: when the parent goes, stop too.
const parentPid = process.ppid;
setInterval(() => process.ppid !== parentPid && stopAll(0), 1_000).unref();

try {
  await ensureDependencies();
  log('setup', 'building the apps…');
  if ((await nx(['run-many', '-t', 'build', '--outputStyle=stream'])) !== 0) throw new Error('the build failed');
  services = await startServices({ rootDir, dataDir, log });

  const secrets = localSecrets();
  const env = { ...process.env, ...secrets, MONGO_URL: services.mongoUrl, REDIS_URL: services.redisUrl };
  for (const { variablePrefix, port: fallback } of subgraphs) {
    env[`${variablePrefix}_PORT`] = String(port(`${variablePrefix}_PORT`, fallback));
    env[`${variablePrefix}_URL`] ??= `http://127.0.0.1:${env[`${variablePrefix}_PORT`]}/graphql`;
  }
  env.GATEWAY_PORT = String(gatewayPort);
  // The delegate broker serves delegates (behind the gateway) and runs the delegate tasks' sweeps.
  env.DELEGATE_BROKER_PORT = String(port('DELEGATE_BROKER_PORT', 4010));
  env.DELEGATE_BROKER_URL ??= `http://127.0.0.1:${env.DELEGATE_BROKER_PORT}`;

  const start = async (name, readyUrl) => {
    const child = children.spawn(name, process.execPath, [path.join(rootDir, 'dist/apps', name, 'main.js')], { env });
    await child.waitReady(() => answers(readyUrl), 60_000, name);
  };
  for (const { name, variablePrefix } of subgraphs) {
    await start(name, `http://127.0.0.1:${env[`${variablePrefix}_PORT`]}/healthz`);
  }
  await start('delegate-broker', `${env.DELEGATE_BROKER_URL}/healthz`);
  await start('gateway', `${gatewayOrigin}/readyz`);

  console.log(`
  Ready. The API:      POST ${gatewayOrigin}/api/graphql   (explorer: open it in a browser)
  Demo API key:        ${secrets.DEMO_API_KEY}
  Demo login:          admin@demo.local / ${secrets.DEMO_ADMIN_PASSWORD}   (POST ${gatewayOrigin}/api/users/login)

  curl -s ${gatewayOrigin}/api/graphql -H 'content-type: application/json' -H 'x-api-key: ${secrets.DEMO_API_KEY}' \\
       -d '{"query":"query { applicationByName(name: \\"Harness GraphQL\\"){ id name } }"}'

  Ctrl-C stops everything.
`);
} catch (error) {
  log('setup', `could not start: ${error.message}`);
  await stopAll(1);
}
