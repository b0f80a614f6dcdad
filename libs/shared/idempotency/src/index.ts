export { MutationLedger, type MutationKey, type MutationLedgerOptions } from './mutation-ledger';
export { makeMutationsIdempotent, type PrincipalOf } from './idempotent-mutations';
