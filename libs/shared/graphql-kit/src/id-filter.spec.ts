import { idFilterCondition } from './id-filter';

describe('idFilterCondition', () => {
  it('maps each operator to a MongoDB condition', () => {
    expect(idFilterCondition({ operator: 'EQUALS', values: ['a'] })).toEqual({ $eq: 'a' });
    expect(idFilterCondition({ operator: 'IN', values: ['a', 'b'] })).toEqual({ $in: ['a', 'b'] });
    expect(idFilterCondition({ operator: 'NOT_IN', values: ['a'] })).toEqual({ $nin: ['a'] });
    expect(idFilterCondition({ operator: 'NOT_NULL', values: [] })).toEqual({ $ne: null });
  });

  it('treats LIKE as a literal substring, not a pattern', () => {
    expect(idFilterCondition({ operator: 'LIKE', values: ['a.b*'] })).toEqual({ $regex: 'a\\.b\\*' });
  });

  it('refuses empty values and multi-valued EQUALS', () => {
    expect(() => idFilterCondition({ operator: 'IN', values: [] })).toThrow('Values cannot be empty');
    expect(() => idFilterCondition({ operator: 'EQUALS', values: ['a', 'b'] })).toThrow(/Only one value/);
  });
});
