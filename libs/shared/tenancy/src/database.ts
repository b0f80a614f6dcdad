import mongoose, { type Connection } from 'mongoose';

/**
 * How long an operation waits for the store when none is reachable. Short, because a request waiting for a store
 * that is away holds its client and its sockets: failing within seconds (503, SERVICE_UNAVAILABLE) lets clients retry
 * and the process stay light while the store restarts (see the README's reliability section).
 */
export const STORE_SELECTION_TIMEOUT_MS = 3_000;
const STORE_STARTUP_TIMEOUT_MS = 10_000;

/**
 * Opens a subgraph's own database. Indexes are never built implicitly (autoIndex off): each subgraph builds the ones
 * its repositories declare, once, at start-up through ensureIndexes.
 *
 * bufferCommands off: mongoose would otherwise queue operations made while it is not connected (for 10 s by default)
 * instead of failing them; with it off an operation goes to the driver, which fails it after
 * STORE_SELECTION_TIMEOUT_MS when no server answers, and reconnects by itself when the store is back.
 */
export async function openDatabase(mongoUrl: string, dbName: string): Promise<Connection> {
  // The first connection may wait longer than later operations: a process often starts while its store does.
  const deadline = Date.now() + STORE_STARTUP_TIMEOUT_MS;
  for (;;) {
    const connection = mongoose.createConnection(mongoUrl, {
      dbName,
      autoIndex: false,
      autoCreate: false,
      bufferCommands: false,
      serverSelectionTimeoutMS: STORE_SELECTION_TIMEOUT_MS,
    });
    try {
      await connection.asPromise();
      return connection;
    } catch (error) {
      await connection.close().catch(() => undefined);
      if (Date.now() >= deadline || !isStoreUnavailableError(error)) throw error;
    }
  }
}

const UNAVAILABLE_ERROR_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
]);

// Server error codes of a store shutting down, stepping down or unable to reach its peers (the driver treats them as
// "this node is not usable now" too): ShutdownInProgress, InterruptedAtShutdown, InterruptedDueToReplStateChange,
// PrimarySteppedDown, NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary, HostUnreachable,
// HostNotFound, NetworkTimeout, SocketException.
const UNAVAILABLE_SERVER_CODES = new Set([91, 11600, 11602, 189, 10107, 13435, 13436, 6, 7, 89, 9001]);

// A connection broken under an operation. The driver lets some of these through unwrapped: a write to a socket the
// store half-closed while shutting down fails with Node's own EPIPE ("This socket has been ended by the other party"),
// as the store-restart fault spec found.
const BROKEN_CONNECTION_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * True for the errors of a store that cannot be reached (down, restarting, unreachable network), as opposed to an
 * operation the store refused: the first kind deserves 503 and a retry, the second is a bug or a client error.
 */
export function isStoreUnavailableError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    if (UNAVAILABLE_ERROR_NAMES.has(cause.name)) return true;
    const { code } = cause as { code?: unknown };
    if (cause.name === 'MongoServerError' && UNAVAILABLE_SERVER_CODES.has(code as number)) return true;
    if (typeof code === 'string' && BROKEN_CONNECTION_CODES.has(code)) return true;
  }
  return false;
}

/** Builds the indexes every registered model declares (and creates the collections); existing ones are left as they are. */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error;
    });
    await model.createIndexes();
  }
}

/** Where prepareIndexes reports a missing index: the process's logger. */
export interface IndexWarnings {
  warn(details: { collection: string; keys: unknown }, message: string): void;
}

/**
 * A process's index work at start-up. By default it builds the declared indexes. When the operator builds them out of
 * band (MONGO_BUILD_INDEXES=false) it builds none and warns once per declared index the store lacks, so that a
 * forgotten one shows in the log, not as a slow query or a unique constraint that is not there. Read-only then: a
 * collection that does not exist yet lacks all of its indexes.
 */
export async function prepareIndexes(connection: Connection, build: boolean, logger: IndexWarnings): Promise<void> {
  if (build) return ensureIndexes(connection);
  for (const model of Object.values(connection.models)) {
    const { toCreate } = await model.diffIndexes();
    for (const keys of toCreate) {
      logger.warn({ collection: model.collection.collectionName, keys }, 'declared index missing: MONGO_BUILD_INDEXES is false, so it must be built out of band');
    }
  }
}
