import { allOf, enumFilterCondition, timeFilterCondition } from './list-filters';

describe('list filters', () => {
  it('reads a typed enum filter without operator as IN and refuses empty values', () => {
    expect(enumFilterCondition({ values: ['AWS', 'GCP'] })).toEqual({ $in: ['AWS', 'GCP'] });
    expect(enumFilterCondition({ operator: 'EQUALS', values: [false] })).toEqual({ $eq: false });
    expect(() => enumFilterCondition({ operator: 'IN', values: [] })).toThrow('Values cannot be empty');
    expect(() => enumFilterCondition({ operator: 'EQUALS', values: ['A', 'B'] })).toThrow('Only one value');
  });

  it('includes the instant itself in BEFORE and AFTER', () => {
    expect(timeFilterCondition({ operator: 'BEFORE', value: 1000 })).toEqual({ $lte: new Date(1000) });
    expect(timeFilterCondition({ operator: 'AFTER', value: 1000 })).toEqual({ $gte: new Date(1000) });
    expect(timeFilterCondition({ operator: 'EQUALS', value: 1000 })).toEqual({ $eq: new Date(1000) });
  });

  it('keeps every condition on the same field', () => {
    expect(allOf([])).toEqual({});
    expect(allOf([{ type: { $eq: 'A' } }])).toEqual({ type: { $eq: 'A' } });
    expect(allOf([{ type: { $in: ['A', 'B'] } }, { type: { $eq: 'B' } }])).toEqual({
      $and: [{ type: { $in: ['A', 'B'] } }, { type: { $eq: 'B' } }],
    });
  });
});
