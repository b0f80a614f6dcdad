export { newId } from './ids';
export { openDatabase, ensureIndexes, prepareIndexes, isStoreUnavailableError, type IndexWarnings } from './database';
export {
  AccountScopedRepository,
  isDuplicateKeyError,
  type AccountOwned,
  type ScopedFilter,
  type ListOptions,
} from './account-scoped.repository';
export { ReferenceProjection, type ReferenceChange, type Referrer } from './reference.projection';
export { KnownConnectorProjection, connectorEventHandlers, type KnownConnector, type ConnectorEvent } from './known-connector.projection';
