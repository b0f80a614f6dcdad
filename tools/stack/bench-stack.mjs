// The built apps on ports of their own, for benchmarks: subgraphs on basePort+1…, then the delegate broker, the gateway on basePort, every app
// ready before it returns. The caller owns `children` and stops them.
import path from 'node:path';
import { rootDir, subgraphs } from './workspace.mjs';

export async function startBenchStack({ children, basePort, env: extraEnv }) {
  const env = { ...process.env, LOG_LEVEL: 'warn', ...extraEnv, GATEWAY_PORT: String(basePort) };
  subgraphs.forEach(({ variablePrefix }, index) => {
    env[`${variablePrefix}_PORT`] = String(basePort + 1 + index);
    env[`${variablePrefix}_URL`] = `http://127.0.0.1:${basePort + 1 + index}/graphql`;
  });
  env.DELEGATE_BROKER_PORT = String(basePort + 1 + subgraphs.length);
  env.DELEGATE_BROKER_URL = `http://127.0.0.1:${env.DELEGATE_BROKER_PORT}`;
  const start = async (name, readyUrl) => {
    const child = children.spawn(name, process.execPath, [path.join(rootDir, 'dist/apps', name, 'main.js')], { env });
    await child.waitReady(async () => (await fetch(readyUrl).catch(() => null))?.ok === true, 60_000, name);
  };
  for (const { name, variablePrefix } of subgraphs) await start(name, new URL('/healthz', env[`${variablePrefix}_URL`]).toString());
  await start('delegate-broker', `${env.DELEGATE_BROKER_URL}/healthz`);
  await start('gateway', `http://127.0.0.1:${basePort}/readyz`);
  return { env, gatewayOrigin: `http://127.0.0.1:${basePort}` };
}
