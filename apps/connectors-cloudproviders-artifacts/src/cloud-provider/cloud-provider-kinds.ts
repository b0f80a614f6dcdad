import type { CloudProviderType } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { SettingsShape } from '../settings/settings-shape';
import type { CloudProviderResolvers } from '../generated/resolvers-types';

/** The input slot of each kind in Create/UpdateCloudProviderInput. */
export const CLOUD_PROVIDER_SLOTS: Record<CloudProviderType, string> = {
  PHYSICAL_DATA_CENTER: 'physicalDataCenterCloudProvider',
  AWS: 'awsCloudProvider',
  AZURE: 'azureCloudProvider',
  GCP: 'gcpCloudProvider',
  KUBERNETES_CLUSTER: 'k8sCloudProvider',
  PCF: 'pcfCloudProvider',
  SPOT_INST: 'spotInstCloudProvider',
  RANCHER: 'rancherCloudProvider',
};

/** The schema's types that implement CloudProvider. */
export type CloudProviderTypeName = NonNullable<Awaited<ReturnType<CloudProviderResolvers['__resolveType']>>>;

export const CLOUD_PROVIDER_GRAPHQL_TYPES: Record<CloudProviderType, CloudProviderTypeName> = {
  PHYSICAL_DATA_CENTER: 'PhysicalDataCenterCloudProvider',
  AWS: 'AwsCloudProvider',
  AZURE: 'AzureCloudProvider',
  GCP: 'GcpCloudProvider',
  KUBERNETES_CLUSTER: 'KubernetesCloudProvider',
  PCF: 'PcfCloudProvider',
  SPOT_INST: 'SpotInstCloudProvider',
  RANCHER: 'RancherCloudProvider',
};

const awsShape: SettingsShape = {
  required: ['name', 'credentialsType'],
  nested: { crossAccountAttributes: { required: ['crossAccountRoleArn'] } },
  choice: {
    discriminator: { field: 'credentialsType' },
    slots: { EC2_IAM: 'ec2IamCredentials', MANUAL: 'manualCredentials', IRSA: 'irsaCredentials' },
    shapes: {
      EC2_IAM: { required: ['delegateSelector'] },
      MANUAL: { required: ['secretKeySecretId'] },
      IRSA: { required: ['delegateSelector'] },
    },
  },
};

// CLIENT_KEY_AND_CERTIFICATE and CUSTOM have no input of their own in the reference: both are described by `none`,
// the only sub-input carrying client key and certificate fields.
const noneShape: SettingsShape = {
  required: [
    'userName',
    'passwordSecretId',
    'caCertificateSecretId',
    'clientCertificateSecretId',
    'clientKeySecretId',
    'clientKeyPassphraseSecretId',
    'clientKeyAlgorithm',
    'serviceAccountTokenSecretId',
  ],
};

const k8sShape: SettingsShape = {
  required: ['name', 'clusterDetailsType'],
  choice: {
    discriminator: { field: 'clusterDetailsType' },
    slots: { INHERIT_CLUSTER_DETAILS: 'inheritClusterDetails', MANUAL_CLUSTER_DETAILS: 'manualClusterDetails' },
    shapes: {
      INHERIT_CLUSTER_DETAILS: {},
      MANUAL_CLUSTER_DETAILS: {
        required: ['masterUrl', 'type'],
        choice: {
          discriminator: { field: 'type' },
          slots: {
            USERNAME_AND_PASSWORD: 'usernameAndPassword',
            SERVICE_ACCOUNT_TOKEN: 'serviceAccountToken',
            OIDC_TOKEN: 'oidcToken',
            CLIENT_KEY_AND_CERTIFICATE: 'none',
            CUSTOM: 'none',
          },
          shapes: {
            USERNAME_AND_PASSWORD: { required: ['passwordSecretId'] },
            SERVICE_ACCOUNT_TOKEN: { required: ['serviceAccountTokenSecretId'] },
            OIDC_TOKEN: {
              required: ['identityProviderUrl', 'userName', 'passwordSecretId', 'clientIdSecretId', 'clientSecretSecretId', 'scopes'],
            },
            CLIENT_KEY_AND_CERTIFICATE: noneShape,
            CUSTOM: noneShape,
          },
        },
      },
    },
  },
};

/** Required fields and sub-input choices of each kind, checked on the settings an input leaves behind. */
export const CLOUD_PROVIDER_SHAPES: Record<CloudProviderType, SettingsShape> = {
  PHYSICAL_DATA_CENTER: { required: ['name'] },
  AWS: awsShape,
  AZURE: { required: ['name', 'clientId', 'tenantId', 'keySecretId'] },
  GCP: { required: ['name'] },
  KUBERNETES_CLUSTER: k8sShape,
  PCF: { required: ['name', 'endpointUrl', 'passwordSecretId'] },
  SPOT_INST: { required: ['name', 'accountId', 'tokenSecretId'] },
  RANCHER: { required: ['name', 'rancherUrl', 'bearerTokenSecretId'] },
};
