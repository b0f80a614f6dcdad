import { executionCondition } from './execution-filters';

describe('the executions query filters', () => {
  it('leaves pipeline members out unless asked, and ANDs every filter and field', () => {
    expect(executionCondition(null, false)).toEqual({ $and: [{ pipelineExecutionId: null }] });
    expect(executionCondition(null, true)).toEqual({});
    expect(
      executionCondition(
        [
          { applicationId: 'app', status: { operator: 'IN', values: ['SUCCESS', 'FAILED'] } },
          { startTime: { operator: 'AFTER', value: 10 }, endTime: { operator: 'BEFORE', value: 20 }, duration: { operator: 'LESS_THAN', values: [5000] } },
        ],
        false,
      ),
    ).toEqual({
      $and: [{ applicationId: 'app' }, { status: { $in: ['SUCCESS', 'FAILED'] } }, { startedAt: { $gte: 10 } }, { endedAt: { $lte: 20 } }, { durationMs: { $lt: 5000 } }, { pipelineExecutionId: null }],
    });
  });

  it('finds a pipeline\'s members by pipelineExecutionId without includeIndirectExecutions', () => {
    expect(executionCondition([{ pipelineExecutionId: { operator: 'EQUALS', values: ['p-1'] } }], false)).toEqual({ $and: [{ pipelineExecutionId: { $eq: 'p-1' } }] });
  });

  it('matches who started it by user or API key, and the build deployed', () => {
    expect(executionCondition([{ triggeredBy: { operator: 'EQUALS', values: ['u-1'] }, artifactBuildNo: { operator: 'LIKE', values: ['1.2'] } }], true)).toEqual({
      $and: [{ $or: [{ 'cause.userId': { $eq: 'u-1' } }, { 'cause.apiKeyId': { $eq: 'u-1' } }] }, { 'artifacts.buildNo': { $regex: '1\\.2' } }],
    });
  });

  it('matches the chart version deployed by its number (helmChartVersion)', () => {
    expect(executionCondition([{ helmChartVersion: { operator: 'IN', values: ['1.0.0', '1.1.0'] } }], true)).toEqual({ $and: [{ 'manifests.version': { $in: ['1.0.0', '1.1.0'] } }] });
  });

  it('refuses empty values the way the reference does', () => {
    expect(() => executionCondition([{ duration: { operator: 'EQUALS', values: [] } }], true)).toThrow('Values cannot be empty');
    expect(() => executionCondition([{ workflow: { operator: 'IN', values: [] } }], true)).toThrow('Values cannot be empty');
  });

  it('answers tag filters from the applications, services or environments carrying the tags', () => {
    const byTag = (entityType: string | null) => [{ tag: { entityType, tags: [{ name: 'team', value: 'web' }] } }];
    expect(executionCondition(byTag('APPLICATION'), true, [['app-1', 'app-2']])).toEqual({ $and: [{ applicationId: { $in: ['app-1', 'app-2'] } }] });
    expect(executionCondition(byTag(null), true, [[]])).toEqual({ $and: [{ applicationId: { $in: [] } }] });
    expect(executionCondition(byTag('SERVICE'), true, [['svc-1']])).toEqual({ $and: [{ serviceIds: { $in: ['svc-1'] } }] });
    expect(executionCondition(byTag('ENVIRONMENT'), true, [['env-1']])).toEqual({ $and: [{ environmentId: { $in: ['env-1'] } }] });
  });

  it('matches no execution by a DEPLOYMENT tag (executions carry none) and refuses an unknown tag type', () => {
    expect(executionCondition([{ tag: { entityType: 'DEPLOYMENT', tags: [{ name: 'release' }] } }], true)).toEqual({ $and: [{ _id: { $in: [] } }] });
    expect(() => executionCondition([{ tag: { entityType: 'WORKFLOW', tags: [{ name: 'team' }] } }], true)).toThrow('tag.entityType must be one of APPLICATION, SERVICE, ENVIRONMENT, DEPLOYMENT');
  });
});
