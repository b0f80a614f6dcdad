import { BoundedLabel, MAX_OPERATION_LABELS, ServiceMetrics, operationNameLabel } from './index';

async function exposition(metrics: ServiceMetrics): Promise<string> {
  return (await metrics.exposition()).body;
}

/** The value of one series, found by its name (histograms: `_count`, `_bucket`…) and labels, whatever their order. */
async function sample(metrics: ServiceMetrics, name: string, labels: Record<string, string | number>): Promise<number | undefined> {
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    for (const value of metric.values as { metricName?: string; labels: Record<string, string | number>; value: number }[]) {
      const seriesName = value.metricName ?? metric.name;
      if (seriesName === name && Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === String(expected))) {
        return value.value;
      }
    }
  }
  return undefined;
}

describe('ServiceMetrics', () => {
  it('counts and times requests by route and status, and operations by name and status', async () => {
    const metrics = new ServiceMetrics('gateway');
    metrics.httpRequest('graphql', 200, 0.02);
    metrics.httpRequest('graphql', 200, 0.03);
    metrics.httpRequest('graphql', 429, 0.001);
    metrics.graphqlOperation('ListApps', 200, 0.02, ['NOT_FOUND']);
    expect(await sample(metrics, 'fg_http_requests_total', { route: 'graphql', status: '200' })).toBe(2);
    expect(await sample(metrics, 'fg_http_requests_total', { route: 'graphql', status: '429' })).toBe(1);
    expect(await sample(metrics, 'fg_http_request_duration_seconds_count', { route: 'graphql', status: '200' })).toBe(2);
    expect(await sample(metrics, 'fg_graphql_operations_total', { operation: 'ListApps', status: '200' })).toBe(1);
    expect(await sample(metrics, 'fg_graphql_errors_total', { operation: 'ListApps', code: 'NOT_FOUND' })).toBe(1);
  });

  it(`keeps at most ${MAX_OPERATION_LABELS} operation names and counts the rest as "other"`, async () => {
    const metrics = new ServiceMetrics('gateway');
    for (let i = 0; i < MAX_OPERATION_LABELS + 50; i += 1) metrics.graphqlOperation(`Op${i}`, 200, 0.001);
    const text = await exposition(metrics);
    const series = text.split('\n').filter((line) => line.startsWith('fg_graphql_operations_total{'));
    expect(series).toHaveLength(MAX_OPERATION_LABELS + 1);
    expect(await sample(metrics, 'fg_graphql_operations_total', { operation: 'other', status: '200' })).toBe(50);
  });

  it('counts rate-limit refusals by limit and subgraph calls by subgraph and outcome', async () => {
    const metrics = new ServiceMetrics('gateway');
    metrics.rateLimitRefused('edge');
    metrics.rateLimitRefused('edge');
    metrics.subgraphCall('apps-services', 'ok', 0.004);
    expect(await sample(metrics, 'fg_rate_limit_refusals_total', { limit: 'edge' })).toBe(2);
    expect(await sample(metrics, 'fg_subgraph_call_duration_seconds_count', { subgraph: 'apps-services', outcome: 'ok' })).toBe(1);
  });

  it('reports queue depth per account as its spread, never by account id', async () => {
    const metrics = new ServiceMetrics('pipelines-workflows-executions');
    metrics.platform.queueDepths([0, 7, 3]);
    metrics.platform.tasksAcquiredBy(5);
    metrics.platform.taskCompleted('SUCCEEDED', 4);
    metrics.platform.tasksExpiredBy(1);
    metrics.platform.delegates(2, 1);
    metrics.platform.executionReached('SUCCESS');
    metrics.platform.quotaReserved('deployments', true, 50, 100);
    expect(await sample(metrics, 'fg_delegate_queue_depth', {})).toBe(10);
    expect(await sample(metrics, 'fg_delegate_queue_depth_max_per_account', {})).toBe(7);
    expect(await sample(metrics, 'fg_delegate_queue_accounts_waiting', {})).toBe(2);
    expect(await sample(metrics, 'fg_delegate_tasks_acquired_total', {})).toBe(5);
    expect(await sample(metrics, 'fg_delegate_tasks_completed_total', { outcome: 'SUCCEEDED' })).toBe(4);
    expect(await sample(metrics, 'fg_delegates', { state: 'connected' })).toBe(2);
    expect(await sample(metrics, 'fg_executions_total', { status: 'SUCCESS' })).toBe(1);
    expect(await sample(metrics, 'fg_quota_usage_ratio_bucket', { le: 0.5, quota: 'deployments' })).toBe(1);
  });

  it('registers the platform hooks only in the process that uses them', async () => {
    expect(await exposition(new ServiceMetrics('gateway'))).not.toContain('fg_delegate_queue_depth');
  });
});

describe('operation name labels', () => {
  it('uses the name, "anonymous" without one and "invalid" for what is not a GraphQL name', () => {
    expect(operationNameLabel('createapp')).toBe('createapp');
    expect(operationNameLabel(undefined)).toBe('anonymous');
    expect(operationNameLabel('')).toBe('anonymous');
    expect(operationNameLabel('drop table; --')).toBe('invalid');
  });

  it('caps distinct values', () => {
    const label = new BoundedLabel(2);
    expect(['a', 'b', 'c', 'a'].map((value) => label.value(value))).toEqual(['a', 'b', 'other', 'a']);
  });
});
