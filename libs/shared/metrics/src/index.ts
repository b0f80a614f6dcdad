export { BoundedLabel, operationNameLabel } from './bounded-label';
export { MAX_OPERATION_LABELS, ServiceMetrics, type LimitLabel, type SubgraphCallOutcome } from './service-metrics';
export { PlatformMetrics, type QuotaName, type TaskOutcome } from './platform-metrics';
export { graphqlMetricsPlugin } from './graphql-metrics.plugin';
export { METRICS_PATH, sendMetrics } from './metrics-route';
