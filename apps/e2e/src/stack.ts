import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { reservePort } from './ports';
import type { Connection } from 'mongoose';
import { SUBGRAPHS, subgraphNamed, type SubgraphName } from '@fg/subgraph-registry';

/** The app serving delegates (apps/delegate-broker). */
export const DELEGATE_BROKER = 'delegate-broker';
import { openDatabase } from '@fg/tenancy';
import { testServices, uniqueName } from '@fg/testing';

const workspaceRoot = join(__dirname, '../../..');


/** The demo admin (admin@demo.local) logs in with this in end-to-end tests. */
export const DEMO_ADMIN_PASSWORD = 'e2e-demo-admin-password';

export interface Stack {
  gatewayUrl: string;
  gatewayOrigin: string;
  subgraphUrls: Record<string, string>;
  mongoUrl: string;
  mongoDbPrefix: string;
  demoApiKey: string;
  signingSecret: string;
  redisUrl: string;
  /** The stack's REDIS_KEY_PREFIX (its domain event streams live under it). */
  redisKeyPrefix: string;
  /** The database of a subgraph of this stack, to seed what no API creates (another account, say); dropped at stop. */
  database(name: SubgraphName): Promise<Connection>;
  /** Starts one more process of a subgraph or the gateway (another "pod" over the same store and Redis); returns its origin. */
  /** The delegate broker's origin (delegate calls reach it through the gateway). */
  delegateBrokerUrl: string;
  startReplica(name: SubgraphName | 'gateway' | typeof DELEGATE_BROKER): Promise<string>;
  /** Stops one subgraph process of the stack (SIGKILL: a crash, not a shutdown); resolves once it is gone. */
  killSubgraph(name: SubgraphName | typeof DELEGATE_BROKER): Promise<void>;
  /** Starts a killed subgraph again on its port, with the same environment; resolves once it is healthy. */
  restartSubgraph(name: SubgraphName | typeof DELEGATE_BROKER): Promise<void>;
  /** Everything the stack's processes wrote to stdout and stderr so far. */
  processOutput(): string;
  /** Sends SIGTERM to every process and resolves with their exit codes. */
  stop(): Promise<(number | null)[]>;
}

async function waitForOk(url: string, child: ChildProcess, output: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited early:\n${output.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready in time:\n${output.join('')}`);
}

/** Starts the built apps as separate processes, exactly as npm start does, over databases of their own. */
export async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const { mongoUrl, redisUrl } = await testServices();
  const mongoDbPrefix = uniqueName('e2e');
  const signingSecret = randomBytes(32).toString('base64url');
  const demoApiKey = randomBytes(32).toString('base64url');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    MONGO_URL: mongoUrl,
    MONGO_DB_PREFIX: mongoDbPrefix,
    GATEWAY_SIGNING_SECRET: signingSecret,
    DEMO_API_KEY: demoApiKey,
    DEMO_ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD,
    SECRETS_MASTER_KEY: `e2e-key:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'warn',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `${mongoDbPrefix}:`,
    // High enough that only the limit specs, which set their own, ever meet a limit.
    LIMIT_GRAPHQL_PER_MIN: '100000',
    LIMIT_EDGE_PER_MIN: '100000',
    ...extraEnv,
  };
  const subgraphUrls: Record<string, string> = {};
  for (const { name, portVariable, urlVariable } of SUBGRAPHS) {
    const port = await reservePort();
    env[portVariable] = String(port);
    env[urlVariable] = `http://127.0.0.1:${port}/graphql`;
    subgraphUrls[name] = env[urlVariable];
  }
  env.GATEWAY_PORT = String(await reservePort());
  // What an operator sets: the name users reach the gateway by (links the platform hands out start with it).
  env.PUBLIC_BASE_URL = `http://localhost:${env.GATEWAY_PORT}`;
  env.DELEGATE_BROKER_PORT = String(await reservePort());
  env.DELEGATE_BROKER_URL = `http://127.0.0.1:${env.DELEGATE_BROKER_PORT}`;

  const children: ChildProcess[] = [];
  const connections: Connection[] = [];
  const allOutput: string[] = [];
  const byName = new Map<string, ChildProcess>();
  const start = async (app: string, readyUrl: string, appEnv = env) => {
    const output: string[] = [];
    const child = spawn(process.execPath, [join(workspaceRoot, 'dist/apps', app, 'main.js')], { env: appEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const record = (chunk: unknown) => {
      output.push(String(chunk));
      allOutput.push(String(chunk));
    };
    child.stdout?.on('data', record);
    child.stderr?.on('data', record);
    children.push(child);
    // The first live process of each app is the one killSubgraph stops (replicas are extra).
    const current = byName.get(app);
    if (!current || current.exitCode !== null || current.signalCode !== null) byName.set(app, child);
    await waitForOk(readyUrl, child, output);
  };
  const stop = async () => {
    const exitCodes = await stopChildren();
    // splice: a spec may stop the stack itself before afterAll stops it again.
    await Promise.all(
      connections.splice(0).map(async (connection) => {
        await connection.dropDatabase();
        await connection.close();
      }),
    );
    return exitCodes;
  };
  const stopChildren = () =>
    Promise.all(
      children.map(
        (child) =>
          new Promise<number | null>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
            child.once('exit', (code) => resolve(code));
            child.kill('SIGTERM');
          }),
      ),
    );

  try {
    for (const { name } of SUBGRAPHS) await start(name, new URL('/healthz', subgraphUrls[name]).toString());
    await start(DELEGATE_BROKER, `${env.DELEGATE_BROKER_URL}/healthz`);
    const gatewayOrigin = `http://127.0.0.1:${env.GATEWAY_PORT}`;
    await start('gateway', `${gatewayOrigin}/readyz`);
    return {
      gatewayUrl: `${gatewayOrigin}/api/graphql`,
      gatewayOrigin,
      subgraphUrls,
      delegateBrokerUrl: env.DELEGATE_BROKER_URL,
      mongoUrl,
      mongoDbPrefix,
      demoApiKey,
      signingSecret,
      redisUrl,
      redisKeyPrefix: env.REDIS_KEY_PREFIX,
      database: async (name) => {
        const connection = await openDatabase(mongoUrl, `${mongoDbPrefix}_${subgraphNamed(name).database}`);
        connections.push(connection);
        return connection;
      },
      startReplica: async (name) => {
        const port = await reservePort();
        const origin = `http://127.0.0.1:${port}`;
        if (name === 'gateway') await start(name, `${origin}/readyz`, { ...env, GATEWAY_PORT: String(port) });
        else if (name === DELEGATE_BROKER) await start(name, `${origin}/healthz`, { ...env, DELEGATE_BROKER_PORT: String(port) });
        else await start(name, `${origin}/healthz`, { ...env, [subgraphNamed(name).portVariable]: String(port) });
        return origin;
      },
      killSubgraph: async (name) => {
        const child = byName.get(name);
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        });
        // A killed process stays out of stop()'s exit codes: its exit was the test's doing.
        children.splice(children.indexOf(child), 1);
      },
      restartSubgraph: async (name) => {
        await start(name, name === DELEGATE_BROKER ? `${env.DELEGATE_BROKER_URL}/healthz` : new URL('/healthz', subgraphUrls[name]).toString());
      },
      processOutput: () => allOutput.join(''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** The data of an operation sent through the gateway with `apiKey`; GraphQL errors throw, naming them. */
export async function gatewayData<T = Record<string, unknown>>(stack: Stack, apiKey: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await callGateway(stack, apiKey, { query, variables });
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data as T;
}

/**
 * Retries `what` until it resolves, `tries` times 200 ms apart: another subgraph's fact reaches a projection through a
 * domain event a moment after the write that announced it.
 */
export async function eventually<T>(what: () => Promise<T>, tries = 100): Promise<T> {
  for (let i = 0; ; i += 1) {
    try {
      return await what();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function callGateway(
  stack: Stack,
  apiKey: string | undefined,
  body: { query: string; variables?: Record<string, unknown> | null },
  search = '',
): Promise<GatewayAnswer> {
  const response = await fetch(`${stack.gatewayUrl}${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GatewayAnswer['body'] };
}
