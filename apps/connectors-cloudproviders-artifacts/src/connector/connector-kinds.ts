import type { ConnectorType } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { SettingsShape } from '../settings/settings-shape';
import type { ConnectorResolvers } from '../generated/resolvers-types';

/** The kinds the reference lets clients create and update, with the input slot each uses. */
export const WRITABLE_CONNECTOR_SLOTS: Partial<Record<ConnectorType, string>> = {
  GIT: 'gitConnector',
  DOCKER: 'dockerConnector',
  NEXUS: 'nexusConnector',
  HTTP_HELM_REPO: 'helmConnector',
  AMAZON_S3_HELM_REPO: 'helmConnector',
  GCS_HELM_REPO: 'helmConnector',
  OCI_HELM_REPO: 'helmConnector',
};

/** Every slot of Create/UpdateConnectorInput, so a sub-input of another kind is noticed. */
export const CONNECTOR_INPUT_SLOTS = ['gitConnector', 'dockerConnector', 'nexusConnector', 'helmConnector'];

const helmPlatform = (type: ConnectorType): SettingsShape => ({
  required: ['name'],
  choice: {
    discriminator: { fixed: type, label: 'connectorType' },
    slots: {
      AMAZON_S3_HELM_REPO: 'amazonS3PlatformDetails',
      GCS_HELM_REPO: 'gcsPlatformDetails',
      HTTP_HELM_REPO: 'httpServerPlatformDetails',
      OCI_HELM_REPO: 'ociPlatformDetails',
    },
    shapes: {
      AMAZON_S3_HELM_REPO: { required: ['awsCloudProvider', 'bucketName', 'region'] },
      GCS_HELM_REPO: { required: ['googleCloudProvider', 'bucketName'] },
      HTTP_HELM_REPO: { required: ['URL'] },
      OCI_HELM_REPO: { required: ['URL'] },
    },
  },
});

export const CONNECTOR_SHAPES: Partial<Record<ConnectorType, SettingsShape>> = {
  GIT: { required: ['name', 'URL', 'urlType'] },
  DOCKER: { required: ['name', 'URL'] },
  NEXUS: { required: ['name', 'URL', 'version'] },
  HTTP_HELM_REPO: helmPlatform('HTTP_HELM_REPO'),
  AMAZON_S3_HELM_REPO: helmPlatform('AMAZON_S3_HELM_REPO'),
  GCS_HELM_REPO: helmPlatform('GCS_HELM_REPO'),
  OCI_HELM_REPO: helmPlatform('OCI_HELM_REPO'),
};

/** The schema's types that implement Connector. */
export type ConnectorTypeName = NonNullable<Awaited<ReturnType<ConnectorResolvers['__resolveType']>>>;

export const CONNECTOR_GRAPHQL_TYPES: Record<ConnectorType, ConnectorTypeName> = {
  SMTP: 'SmtpConnector',
  JENKINS: 'JenkinsConnector',
  BAMBOO: 'BambooConnector',
  SPLUNK: 'SplunkConnector',
  ELK: 'ElkConnector',
  LOGZ: 'LogzConnector',
  SUMO: 'SumoConnector',
  APP_DYNAMICS: 'AppDynamicsConnector',
  NEW_RELIC: 'NewRelicConnector',
  DYNA_TRACE: 'DynaTraceConnector',
  BUG_SNAG: 'BugSnagConnector',
  DATA_DOG: 'DataDogConnector',
  APM_VERIFICATION: 'ApmVerificationConnector',
  PROMETHEUS: 'PrometheusConnector',
  ELB: 'ElbConnector',
  SLACK: 'SlackConnector',
  DOCKER: 'DockerConnector',
  ECR: 'ECRConnector',
  GCR: 'GCRConnector',
  NEXUS: 'NexusConnector',
  ARTIFACTORY: 'ArtifactoryConnector',
  AMAZON_S3: 'AmazonS3Connector',
  GCS: 'GCSConnector',
  GIT: 'GitConnector',
  SMB: 'SMBConnector',
  JIRA: 'JiraConnector',
  SFTP: 'SftpConnector',
  SERVICENOW: 'ServiceNowConnector',
  HTTP_HELM_REPO: 'HttpHelmRepoConnector',
  AMAZON_S3_HELM_REPO: 'AmazonS3HelmRepoConnector',
  GCS_HELM_REPO: 'GCSHelmRepoConnector',
  OCI_HELM_REPO: 'OciHelmRepoConnector',
};
