import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, firstError, fixtures } from '../testing';

const carol = callerIn('acc-stats-carol');
const bob = callerIn('acc-stats-bob');

const DATA = `... on SinglePointData { dataPoint { key { id name type } value } }
  ... on AggregatedData { dataPoints { key { id name type } value } }`;

describe('applicationStats, serviceStats, environmentStats (real store)', () => {
  let subgraph: TestSubgraph;
  let shop: string;
  let blog: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
    const make = fixtures(subgraph);
    shop = await make.application(carol, 'shop');
    blog = await make.application(carol, 'blog');
    const cart = await make.service(carol, shop, 'cart', { deploymentType: 'KUBERNETES', artifactType: 'DOCKER' });
    await make.service(carol, shop, 'pay', { deploymentType: 'KUBERNETES', artifactType: 'JAR' });
    await make.service(carol, blog, 'posts', { deploymentType: 'SSH', artifactType: 'DOCKER' });
    await make.environment(carol, shop, 'shop-prod', 'PROD');
    await make.environment(carol, shop, 'shop-qa', 'NON_PROD');
    await make.environment(carol, blog, 'blog-prod', 'PROD');
    await make.tag(carol, 'APPLICATION', shop, 'tier', 'gold');
    await make.tag(carol, 'APPLICATION', blog, 'tier', 'silver');
    await make.tag(carol, 'SERVICE', cart, 'team', 'checkout');
  });
  afterAll(() => subgraph.dispose());

  const stats = async (caller: typeof carol, query: string) => {
    const { body } = await subgraph.query(caller, query);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('counts in total, with filters', async () => {
    expect(await stats(carol, `{ applicationStats { ${DATA} } }`)).toEqual({
      applicationStats: { dataPoint: { key: { id: 'APPLICATION', name: 'APPLICATION', type: 'APPLICATION' }, value: 2 } },
    });
    expect(await stats(carol, `{ serviceStats(filters: [{ deploymentType: { operator: EQUALS, values: [KUBERNETES] } }]) { ${DATA} } }`)).toEqual({
      serviceStats: { dataPoint: { key: { id: 'SERVICE', name: 'SERVICE', type: 'SERVICE' }, value: 2 } },
    });
    expect(await stats(bob, `{ environmentStats { ${DATA} } }`)).toEqual({
      environmentStats: { dataPoint: { key: { id: 'ENVIRONMENT', name: 'ENVIRONMENT', type: 'ENVIRONMENT' }, value: 0 } },
    });
  });

  it('groups services by application, artifact type and deployment type', async () => {
    expect(await stats(carol, `{ serviceStats(groupBy: [{ entityAggregation: Application }]) { ${DATA} } }`)).toEqual({
      serviceStats: {
        dataPoints: [
          { key: { id: shop, name: 'shop', type: 'APPLICATION' }, value: 2 },
          { key: { id: blog, name: 'blog', type: 'APPLICATION' }, value: 1 },
        ],
      },
    });
    expect(await stats(carol, `{ serviceStats(groupBy: [{ entityAggregation: ArtifactType }]) { ${DATA} } }`)).toEqual({
      serviceStats: {
        dataPoints: [
          { key: { id: 'DOCKER', name: 'DOCKER', type: 'ARTIFACT_TYPE' }, value: 2 },
          { key: { id: 'JAR', name: 'JAR', type: 'ARTIFACT_TYPE' }, value: 1 },
        ],
      },
    });
    expect(await stats(carol, `{ serviceStats(groupBy: [{ entityAggregation: DeploymentType }]) { ${DATA} } }`)).toEqual({
      serviceStats: {
        dataPoints: [
          { key: { id: 'KUBERNETES', name: 'KUBERNETES', type: 'DEPLOYMENT_TYPE' }, value: 2 },
          { key: { id: 'SSH', name: 'SSH', type: 'DEPLOYMENT_TYPE' }, value: 1 },
        ],
      },
    });
  });

  it('groups by a tag of the entity or of its application', async () => {
    expect(await stats(carol, `{ environmentStats(groupBy: [{ tagAggregation: { entityType: APPLICATION, tagName: "tier" } }]) { ${DATA} } }`)).toEqual({
      environmentStats: {
        dataPoints: [
          { key: { id: 'gold', name: 'gold', type: 'TAG' }, value: 2 },
          { key: { id: 'silver', name: 'silver', type: 'TAG' }, value: 1 },
        ],
      },
    });
    expect(await stats(carol, `{ serviceStats(groupBy: [{ tagAggregation: { entityType: SERVICE, tagName: "team" } }]) { ${DATA} } }`)).toEqual({
      serviceStats: { dataPoints: [{ key: { id: 'checkout', name: 'checkout', type: 'TAG' }, value: 1 }] },
    });
    expect(await stats(carol, `{ applicationStats(groupBy: [{ tagAggregation: { entityType: APPLICATION, tagName: "tier" } }]) { ${DATA} } }`)).toEqual({
      applicationStats: {
        dataPoints: [
          { key: { id: 'gold', name: 'gold', type: 'TAG' }, value: 1 },
          { key: { id: 'silver', name: 'silver', type: 'TAG' }, value: 1 },
        ],
      },
    });
    expect(await stats(carol, `{ environmentStats(groupBy: [{ entityAggregation: EnvironmentType }]) { ${DATA} } }`)).toEqual({
      environmentStats: {
        dataPoints: [
          { key: { id: 'PROD', name: 'PROD', type: 'ENVIRONMENT_TYPE' }, value: 2 },
          { key: { id: 'NON_PROD', name: 'NON_PROD', type: 'ENVIRONMENT_TYPE' }, value: 1 },
        ],
      },
    });
  });

  it('refuses two groupings and a tag aggregation without a tag name', async () => {
    const two = await subgraph.query(carol, `{ serviceStats(groupBy: [{ entityAggregation: Application }, { entityAggregation: DeploymentType }]) { ${DATA} } }`);
    expect(firstError(two)).toMatchObject({ message: 'Only one groupBy is supported', extensions: { code: 'BAD_USER_INPUT' } });
    const unnamed = await subgraph.query(carol, `{ applicationStats(groupBy: [{ tagAggregation: { entityType: APPLICATION } }]) { ${DATA} } }`);
    expect(firstError(unnamed)).toMatchObject({ message: 'A tag aggregation needs a tag name', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
