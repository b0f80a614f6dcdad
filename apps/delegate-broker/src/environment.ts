import { z } from 'zod';
import { buildIndexesVar, loadEnvironments, logLevelVar, mongoUrlVar, parseEnvironment, portVar, publicBaseUrlVar, signingSecretVar } from '@fg/config';
import { loadLimiterEnvironment, type LimiterEnvironment } from '@fg/rate-limits';
import { subgraphNamed } from '@fg/subgraph-registry';

export const DEFAULT_BROKER_PORT = 4010;

export interface BrokerEnvironment extends LimiterEnvironment {
  port: number;
  host: string;
  mongoUrl: string;
  /** The pipelines subgraph's database: the broker serves the same tasks and delegates. */
  mongoDbName: string;
  /** Whether start-up builds the declared indexes (MONGO_BUILD_INDEXES), as the subgraphs read it. */
  buildIndexes: boolean;
  signingSecret: string;
  logLevel: string;
  leaseCheckMs: number;
  expirySweepMs: number;
  connectedWindowMs: number;
  approvalRequired: boolean;
  /** The execution exports' settings: the broker writes the files (same variables as the pipelines subgraph). */
  exports: { publicUrl: string; signingSecret: string; retentionMs: number; maxExecutions: number };
  /** The secrets subgraph, whose internal route gives acquired tasks the values of their secret references. */
  secretsUrl: string;
}

const SECRETS = subgraphNamed('secrets');

/** Throws one EnvironmentError listing every problem (the one place this process reads its environment). */
export function loadBrokerEnvironment(env: NodeJS.ProcessEnv = process.env): BrokerEnvironment {
  const { broker, limiter } = loadEnvironments({
    broker: () =>
      parseEnvironment(
        z.object({
          DELEGATE_BROKER_PORT: portVar(DEFAULT_BROKER_PORT),
          DELEGATE_BROKER_HOST: z.string().default('127.0.0.1'),
          MONGO_URL: mongoUrlVar,
          MONGO_DB_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).default('fg'),
          MONGO_BUILD_INDEXES: buildIndexesVar,
          GATEWAY_SIGNING_SECRET: signingSecretVar,
          LOG_LEVEL: logLevelVar,
          // How often lapsed leases are looked for: a task whose delegate died is offered again within 1-2 of these.
          DELEGATE_LEASE_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
          // How often tasks that waited too long for a delegate are expired.
          DELEGATE_EXPIRY_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
          // A delegate that has not sent a heartbeat for this long shows as disconnected.
          DELEGATE_CONNECTED_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
          // New delegates wait for delegateApproveReject before they are offered tasks.
          DELEGATE_APPROVAL_REQUIRED: z.enum(['true', 'false']).default('false'),
          PUBLIC_BASE_URL: publicBaseUrlVar,
          EXPORT_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
          EXPORT_MAX_EXECUTIONS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
          // The registry's variable for the secrets subgraph, as the gateway reads it: only its origin is used.
          SECRETS_URL: z.string().url().default(SECRETS.defaultUrl),
        }),
        env,
      ),
    limiter: () => loadLimiterEnvironment(env),
  });
  return {
    ...limiter,
    port: broker.DELEGATE_BROKER_PORT,
    host: broker.DELEGATE_BROKER_HOST,
    mongoUrl: broker.MONGO_URL,
    mongoDbName: `${broker.MONGO_DB_PREFIX}_${subgraphNamed('pipelines-workflows-executions').database}`,
    buildIndexes: broker.MONGO_BUILD_INDEXES,
    signingSecret: broker.GATEWAY_SIGNING_SECRET,
    logLevel: broker.LOG_LEVEL,
    leaseCheckMs: broker.DELEGATE_LEASE_CHECK_MS,
    expirySweepMs: broker.DELEGATE_EXPIRY_SWEEP_MS,
    connectedWindowMs: broker.DELEGATE_CONNECTED_WINDOW_MS,
    approvalRequired: broker.DELEGATE_APPROVAL_REQUIRED === 'true',
    exports: {
      publicUrl: broker.PUBLIC_BASE_URL,
      signingSecret: broker.GATEWAY_SIGNING_SECRET,
      retentionMs: broker.EXPORT_RETENTION_HOURS * 3_600_000,
      maxExecutions: broker.EXPORT_MAX_EXECUTIONS,
    },
    secretsUrl: broker.SECRETS_URL,
  };
}
