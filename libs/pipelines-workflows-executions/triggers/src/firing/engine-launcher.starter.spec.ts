import { serviceInputsOf } from './engine-launcher.starter';

describe('the service inputs a firing starts with', () => {
  const names: Record<string, string> = { 'svc-web': 'web', 'svc-db': 'db' };
  const nameOf = (serviceId: string) => names[serviceId] ?? serviceId;

  it('gives each service one input, by name, with its artifact and chart version by id', () => {
    expect(
      serviceInputsOf(
        [
          { serviceId: 'svc-web', artifactSourceId: 'src-web', artifactId: 'art-1', buildNo: '1.0' },
          { serviceId: 'svc-db', artifactSourceId: 'src-db', artifactId: 'art-2', buildNo: '15' },
        ],
        [{ serviceId: 'svc-web', appManifestId: 'chart-web', manifestId: 'mv-1', version: '3.1.0' }],
        nameOf,
      ),
    ).toEqual([
      { name: 'web', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId: 'art-1' } }, manifestValueInput: { valueType: 'HELM_CHART_ID', helmChartId: 'mv-1' } },
      { name: 'db', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId: 'art-2' } } },
    ]);
  });

  it('keeps a chart version chosen without an artifact (the engine then names the missing artifact)', () => {
    expect(serviceInputsOf([], [{ serviceId: 'svc-x', appManifestId: 'chart-x', manifestId: 'mv-9', version: '1' }], nameOf)).toEqual([
      { name: 'svc-x', manifestValueInput: { valueType: 'HELM_CHART_ID', helmChartId: 'mv-9' } },
    ]);
  });
});
