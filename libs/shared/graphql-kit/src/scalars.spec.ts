import { Kind } from 'graphql';
import { DateTimeScalar, LongScalar } from './scalars';

describe('scalars', () => {
  it('serializes DateTime as epoch milliseconds (a number)', () => {
    expect(DateTimeScalar.serialize(new Date(1650000000000))).toBe(1650000000000);
    expect(DateTimeScalar.parseValue('1650000000000')).toBe(1650000000000);
    expect(DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '42' })).toBe(42);
  });

  it('refuses an ISO date for DateTime', () => {
    expect(() => DateTimeScalar.parseValue('2024-01-01T00:00:00Z')).toThrow(/DateTime must be an integer/);
  });

  it('serializes Long as a string of digits', () => {
    expect(LongScalar.serialize(1650000000000)).toBe('1650000000000');
    expect(LongScalar.parseValue('12')).toBe(12);
  });
});
