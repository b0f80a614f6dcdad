// What npm start and npm test share: installing dependencies when a clone has none (or stale ones), running Nx, and the
// locally generated secrets of a development stack.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const rootDir = path.resolve(import.meta.dirname, '../..');
export const dataDir = path.join(rootDir, '.data');

/** The subgraph registry: processes in start order, the prefix of their _PORT / _URL variables, default port. */
export const subgraphs = JSON.parse(fs.readFileSync(path.join(rootDir, 'libs/shared/subgraph-registry/src/subgraphs.json'), 'utf8'));

/** Environment for Nx runs: no daemon and no cloud, so a run is the same on a laptop and in CI. */
export const nxEnv = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

export function run(command, args, { env = {}, label } = {}) {
  if (label) console.log(`\n[setup] ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: rootDir, stdio: 'inherit', env: cleanEnv({ ...process.env, ...env }) });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(signal ? 128 : (code ?? 1)));
  });
}

function cleanEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** npm ci when node_modules is missing or older than the lock file; quiet otherwise. */
export async function ensureDependencies() {
  const installed = mtime(path.join(rootDir, 'node_modules/.package-lock.json'));
  if (installed && installed >= mtime(path.join(rootDir, 'package-lock.json'))) return;
  const code = await run('npm', ['ci', '--no-audit', '--no-fund', '--progress=true'], {
    label: 'installing dependencies (npm ci; the first time takes a minute or two)…',
  });
  if (code !== 0) throw new Error(`npm ci failed with exit code ${code}`);
}

export function nx(args, env = {}) {
  return run(path.join(rootDir, 'node_modules/.bin/nx'), args, { env: { ...nxEnv, ...env } });
}

/**
 * Secrets for a local stack (signing secret, demo API key, demo admin password, the secrets master key), made once and kept in the git-ignored data folder so restarts keep the same demo key.
 * Values from the environment win.
 */
export function localSecrets() {
  const file = path.join(dataDir, 'local-secrets.json');
  let saved = {};
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // First start: generated below.
  }
  const secrets = {
    GATEWAY_SIGNING_SECRET: saved.GATEWAY_SIGNING_SECRET ?? randomBytes(32).toString('base64url'),
    DEMO_API_KEY: saved.DEMO_API_KEY ?? randomBytes(32).toString('base64url'),
    DEMO_ADMIN_PASSWORD: saved.DEMO_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url'),
  };
  if (Object.entries(secrets).some(([name, value]) => saved[name] !== value)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return {
    ...Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, process.env[name] ?? value])),
    ...localMasterKey(),
  };
}

/**
 * The secrets subgraph's master key for a local stack: a key file made once in the data folder (`<keyId>:<base64>`),
 * so restarts keep decrypting what was stored. A key given in the environment wins.
 */
function localMasterKey() {
  if (process.env.SECRETS_MASTER_KEY || process.env.SECRETS_MASTER_KEY_FILE) return {};
  const file = path.join(dataDir, 'secrets-master.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `local-${Date.now()}:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return { SECRETS_MASTER_KEY_FILE: file };
}
