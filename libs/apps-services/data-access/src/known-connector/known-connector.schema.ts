import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

export interface KnownConnectorDoc extends AccountOwned {
  name: string;
  type: string;
}

/** _id is the connector's own id, so a replayed event lands on the same document. */
export const knownConnectorSchema = new Schema<KnownConnectorDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
  },
  { collection: 'known_connectors', versionKey: false },
);
// Lookups are by { _id, accountId } (git sync validation), served by the _id index: no further index.
