import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a subgraph's own database. Indexes are never built implicitly (autoIndex off): each subgraph builds the ones
 * its repositories declare, once, at start-up through ensureIndexes.
 */
export async function openDatabase(mongoUrl: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(mongoUrl, {
    dbName,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10_000,
  });
  await connection.asPromise();
  return connection;
}

export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error;
    });
    await model.createIndexes();
  }
}
