export { ConnectorRepository, type Connector, type ConnectorType, type NewConnector } from './connector/connector.repository';
