import { CLOUD_PROVIDER_SHAPES } from '../cloud-provider/cloud-provider-kinds';
import { checkSettings, collectFields, mergeSettings, pickSubInput } from './settings-shape';

const aws = CLOUD_PROVIDER_SHAPES.AWS;
const k8s = CLOUD_PROVIDER_SHAPES.KUBERNETES_CLUSTER;

describe('pickSubInput', () => {
  const slots = { AWS: 'awsCloudProvider', GCP: 'gcpCloudProvider' };

  it('answers the sub-input the discriminator names', () => {
    expect(pickSubInput({ awsCloudProvider: { name: 'a' } }, 'cloudProviderType', 'AWS', slots)).toEqual({
      slot: 'awsCloudProvider',
      settings: { name: 'a' },
    });
  });

  it('refuses a missing sub-input, a second kind, and a kind without a slot', () => {
    expect(() => pickSubInput({}, 'cloudProviderType', 'AWS', slots)).toThrow('awsCloudProvider is required when cloudProviderType is AWS');
    expect(() => pickSubInput({ awsCloudProvider: {}, gcpCloudProvider: {} }, 'cloudProviderType', 'AWS', slots)).toThrow(
      'cloudProviderType AWS takes only awsCloudProvider; remove gcpCloudProvider',
    );
    expect(() => pickSubInput({ awsCloudProvider: {} }, 'cloudProviderType', 'AZURE', slots)).toThrow('cannot be created or updated');
  });

  it('treats an explicit null sub-input as absent', () => {
    expect(pickSubInput({ awsCloudProvider: { name: 'a' }, gcpCloudProvider: null }, 'cloudProviderType', 'AWS', slots).slot).toBe(
      'awsCloudProvider',
    );
  });
});

describe('checkSettings', () => {
  it('accepts AWS manual credentials with their secret key', () => {
    expect(() =>
      checkSettings({ name: 'a', credentialsType: 'MANUAL', manualCredentials: { secretKeySecretId: 's' } }, aws, 'awsCloudProvider'),
    ).not.toThrow();
  });

  it('names the missing credential sub-input, the missing field, and a second credential kind', () => {
    expect(() => checkSettings({ name: 'a', credentialsType: 'MANUAL' }, aws, 'awsCloudProvider')).toThrow(
      'awsCloudProvider.manualCredentials is required when awsCloudProvider.credentialsType is MANUAL',
    );
    expect(() => checkSettings({ name: 'a', credentialsType: 'MANUAL', manualCredentials: {} }, aws, 'awsCloudProvider')).toThrow(
      'awsCloudProvider.manualCredentials.secretKeySecretId is required',
    );
    expect(() =>
      checkSettings(
        { name: 'a', credentialsType: 'MANUAL', manualCredentials: { secretKeySecretId: 's' }, ec2IamCredentials: { delegateSelector: 'd' } },
        aws,
        'awsCloudProvider',
      ),
    ).toThrow('takes only awsCloudProvider.manualCredentials; remove awsCloudProvider.ec2IamCredentials');
  });

  it('checks choices two levels deep (K8s manual cluster details and their authentication)', () => {
    const manual = { masterUrl: 'https://k8s', type: 'SERVICE_ACCOUNT_TOKEN', serviceAccountToken: {} };
    expect(() => checkSettings({ name: 'k', clusterDetailsType: 'MANUAL_CLUSTER_DETAILS', manualClusterDetails: manual }, k8s, 'k8s')).toThrow(
      'k8s.manualClusterDetails.serviceAccountToken.serviceAccountTokenSecretId is required',
    );
  });

  it('checks optional sub-inputs when given', () => {
    expect(() =>
      checkSettings({ name: 'a', credentialsType: 'IRSA', irsaCredentials: { delegateSelector: 'd' }, crossAccountAttributes: {} }, aws, 'aws'),
    ).toThrow('aws.crossAccountAttributes.crossAccountRoleArn is required');
  });
});

describe('mergeSettings', () => {
  it('changes only the fields given, merging sub-inputs field by field; null clears', () => {
    const stored = { name: 'a', defaultRegion: 'us-east-1', credentialsType: 'MANUAL', manualCredentials: { accessKey: 'AK', secretKeySecretId: 's1' } };
    expect(mergeSettings(stored, { manualCredentials: { secretKeySecretId: 's2' }, defaultRegion: null }, aws)).toEqual({
      name: 'a',
      defaultRegion: null,
      credentialsType: 'MANUAL',
      manualCredentials: { accessKey: 'AK', secretKeySecretId: 's2' },
    });
  });

  it('drops the previous kind\'s sub-input when the discriminator changes', () => {
    const stored = { name: 'a', credentialsType: 'MANUAL', manualCredentials: { secretKeySecretId: 's1' } };
    expect(mergeSettings(stored, { credentialsType: 'IRSA', irsaCredentials: { delegateSelector: 'd' } }, aws)).toEqual({
      name: 'a',
      credentialsType: 'IRSA',
      irsaCredentials: { delegateSelector: 'd' },
    });
  });
});

describe('collectFields', () => {
  it('finds secret ids at any depth, with their paths', () => {
    const settings = { a: { passwordSecretId: 'p' }, list: [{ tokenSecretId: 't' }], other: 'x', emptySecretId: null };
    expect(collectFields(settings, (key) => key.endsWith('SecretId'))).toEqual([
      { path: 'a.passwordSecretId', value: 'p' },
      { path: 'list[0].tokenSecretId', value: 't' },
    ]);
  });
});
