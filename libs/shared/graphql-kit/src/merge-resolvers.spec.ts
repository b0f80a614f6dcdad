import { DateTimeScalar } from './scalars';
import { mergeResolvers } from './merge-resolvers';

describe('mergeResolvers', () => {
  it('keeps every field of a type that several maps add to', () => {
    const a = { Query: { pipeline: () => 1 }, DateTime: DateTimeScalar };
    const b = { Query: { delegateTask: () => 2 }, Delegate: { uuid: () => 'x' } };
    const merged = mergeResolvers<Record<string, unknown>>(a, b) as { Query: Record<string, () => number>; DateTime: unknown };
    expect(Object.keys(merged.Query).sort()).toEqual(['delegateTask', 'pipeline']);
    expect(merged.DateTime).toBe(DateTimeScalar);
  });

  it('refuses a field defined twice', () => {
    expect(() => mergeResolvers<Record<string, unknown>>({ Query: { a: () => 1 } }, { Query: { a: () => 2 } })).toThrow(
      'The resolver Query.a is defined twice',
    );
  });
});
