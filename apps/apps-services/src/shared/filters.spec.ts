import { ApiError } from '@fg/graphql-kit';
import { conditionsOf, enumFilterCondition, idCondition, stringFilterCondition, tagMatches } from './filters';

describe('list filters', () => {
  it('turns an enum filter into EQUALS or IN, IN when the operator is left out', () => {
    expect(enumFilterCondition({ operator: 'EQUALS', values: ['PROD'] })).toEqual({ $eq: 'PROD' });
    expect(enumFilterCondition({ operator: 'IN', values: ['PROD', 'NON_PROD'] })).toEqual({ $in: ['PROD', 'NON_PROD'] });
    expect(enumFilterCondition({ values: ['HELM', null] })).toEqual({ $in: ['HELM'] });
  });

  it('refuses empty values and EQUALS with several values, as the reference does', () => {
    expect(() => enumFilterCondition({ operator: 'IN', values: [] })).toThrow(new ApiError('BAD_USER_INPUT', 'Values cannot be empty'));
    expect(() => enumFilterCondition({ values: null })).toThrow('Values cannot be empty');
    expect(() => stringFilterCondition({ operator: 'EQUALS', values: ['a', 'b'] })).toThrow('Only one value is allowed with the EQUALS operator');
    expect(stringFilterCondition({ operator: 'IN', values: ['SSH'] })).toEqual({ $in: ['SSH'] });
  });

  it('collects one condition per filter that sets the field, skipping null filters', () => {
    const filters = [{ a: { operator: 'EQUALS' as const, values: ['x'] } }, null, {}, { a: { operator: 'NOT_NULL' as const, values: [] } }];
    expect(conditionsOf(filters, (filter: { a?: { operator: 'EQUALS' | 'NOT_NULL'; values: string[] } }) => idCondition(filter.a))).toEqual([
      { $eq: 'x' },
      { $ne: null },
    ]);
    expect(conditionsOf(null, () => ({ never: true }))).toEqual([]);
  });

  it('reads the tags of a tag filter, trimming names and keeping a missing value as "any value"', () => {
    expect(tagMatches([{ name: ' team ', value: 'core' }, { name: 'tier' }, null])).toEqual([
      { name: 'team', value: 'core' },
      { name: 'tier', value: null },
    ]);
    expect(tagMatches(null)).toEqual([]);
    expect(() => tagMatches([{ value: 'orphan' }])).toThrow('A tag filter needs a tag name');
  });
});
