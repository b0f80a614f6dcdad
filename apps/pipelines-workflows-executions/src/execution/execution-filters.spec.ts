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

  it('refuses empty values the way the reference does', () => {
    expect(() => executionCondition([{ duration: { operator: 'EQUALS', values: [] } }], true)).toThrow('Values cannot be empty');
    expect(() => executionCondition([{ workflow: { operator: 'IN', values: [] } }], true)).toThrow('Values cannot be empty');
  });

  it('answers application tag filters from the applications carrying the tags, and refuses tags executions do not have', () => {
    const byTag = [{ tag: { entityType: 'APPLICATION' as const, tags: [{ name: 'team', value: 'web' }] } }];
    expect(executionCondition(byTag, true, [['app-1', 'app-2']])).toEqual({ $and: [{ applicationId: { $in: ['app-1', 'app-2'] } }] });
    expect(executionCondition(byTag, true, [[]])).toEqual({ $and: [{ applicationId: { $in: [] } }] });
    expect(() => executionCondition([{ tag: { entityType: 'SERVICE', tags: [{ name: 'team' }] } }], true)).toThrow('Deployment tag filters on SERVICE tags are not supported yet; filter on APPLICATION tags');
  });
});
