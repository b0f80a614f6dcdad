import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

export interface KnownConnectorDoc extends AccountOwned {
  name: string;
  type: string;
  /** eventPosition of the last event applied: an older or repeated event changes nothing. */
  position: string;
  /** A tombstone: a late retry of the creation cannot bring a deleted connector back. */
  deleted: boolean;
}

/** _id is the connector's own id, so every event of a connector lands on the same document. */
export const knownConnectorSchema = new Schema<KnownConnectorDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    position: { type: String, required: true },
    deleted: { type: Boolean, default: false },
  },
  { collection: 'known_connectors', versionKey: false },
);
// Lookups and event applications are by { _id, accountId } (git sync validation), served by the _id index: no further index.
