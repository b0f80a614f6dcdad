import { variablesFrom } from './definition-input';

const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('variablesFrom', () => {
  it('fills defaults the reference shows (type TEXT, flags off)', () => {
    expect(variablesFrom([{ name: 'version' }, null, { name: 'region', type: 'ENTITY', allowedValues: ['eu', 'us'], defaultValue: 'eu', required: true }])).toEqual([
      { name: 'version', type: 'TEXT', required: false, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false },
      { name: 'region', type: 'ENTITY', required: true, allowedValues: ['eu', 'us'], defaultValue: 'eu', fixed: false, allowMultipleValues: false },
    ]);
  });

  it('refuses names expressions cannot use, duplicates, a fixed variable without a default and a default outside the allowed values', () => {
    expect(messageOf(() => variablesFrom([{ name: '1st' }]))).toBe('variables[0].name "1st" must be letters, digits and underscores, not starting with a digit');
    expect(messageOf(() => variablesFrom([{ name: 'a' }, { name: 'a' }]))).toBe('Variable names must be unique: "a" appears twice');
    expect(messageOf(() => variablesFrom([{ name: 'a', fixed: true }]))).toBe('variables[0]: a fixed variable needs a defaultValue');
    expect(messageOf(() => variablesFrom([{ name: 'a', allowedValues: ['x'], defaultValue: 'y' }]))).toBe('variables[0].defaultValue "y" is not one of its allowedValues');
  });

  it('checks each value of a multi-value default', () => {
    expect(variablesFrom([{ name: 'r', allowedValues: ['eu', 'us'], defaultValue: 'eu, us', allowMultipleValues: true }])[0].defaultValue).toBe('eu, us');
    expect(messageOf(() => variablesFrom([{ name: 'r', allowedValues: ['eu'], defaultValue: 'eu,apac', allowMultipleValues: true }]))).toBe(
      'variables[0].defaultValue "apac" is not one of its allowedValues',
    );
  });
});
