import type { Variable } from '@fg/pipelines-workflows-executions/data-access';
import { expandVariables, resolveVariables, type VariableInput } from './execution-inputs';

const variable = (overrides: Partial<Variable>): Variable => ({
  name: 'v',
  type: 'TEXT',
  required: false,
  allowedValues: [],
  defaultValue: null,
  fixed: false,
  allowMultipleValues: false,
  ...overrides,
});
const input = (name: string, value: string, type: VariableInput['variableValue']['type'] = 'NAME'): VariableInput => ({ name, variableValue: { type, value } });

describe('resolving variable inputs', () => {
  it('fills defaults, keeps given values and warns about inputs naming no variable', () => {
    const result = resolveVariables([variable({ name: 'region', defaultValue: 'eu' }), variable({ name: 'size' })], [input('size', 'L'), input('colour', 'red')]);
    expect(result).toEqual({
      values: [{ name: 'region', value: 'eu' }, { name: 'size', value: 'L' }],
      warnings: ['Variable "colour" is not a variable of this entity and was ignored'],
    });
  });

  it('names the variable that is missing, not allowed, fixed, or not an expression', () => {
    expect(() => resolveVariables([variable({ name: 'region', required: true })], [])).toThrow('Variable "region" is required but no value was given');
    expect(() => resolveVariables([variable({ name: 'region', allowedValues: ['eu', 'us'] })], [input('region', 'mars')])).toThrow(
      'Value "mars" is not allowed for variable "region"; allowed values: eu, us',
    );
    expect(() => resolveVariables([variable({ name: 'tier', fixed: true, defaultValue: 'gold' })], [input('tier', 'bronze')])).toThrow('Variable "tier" is fixed to "gold" and cannot be set');
    expect(() => resolveVariables([variable({ name: 'x' })], [input('x', 'plain', 'EXPRESSION')])).toThrow(/Variable "x" has value type EXPRESSION/);
    expect(() => resolveVariables([variable({ name: 'x' })], [input('x', 'a'), input('x', 'b')])).toThrow('Variable "x" is given more than once');
  });

  it('checks each value of a multi-value variable, and accepts expressions and ids', () => {
    const regions = variable({ name: 'regions', allowedValues: ['eu', 'us'], allowMultipleValues: true });
    expect(resolveVariables([regions], [input('regions', 'eu,us')]).values).toEqual([{ name: 'regions', value: 'eu,us' }]);
    expect(() => resolveVariables([regions], [input('regions', 'eu, mars')])).toThrow('Value "mars" is not allowed for variable "regions"');
    expect(resolveVariables([variable({ name: 'x' })], [input('x', '${pipeline.variables.y}', 'EXPRESSION')]).values).toEqual([{ name: 'x', value: '${pipeline.variables.y}' }]);
    expect(resolveVariables([variable({ name: 'svc' })], [input('svc', 'svc-123', 'ID')]).values).toEqual([{ name: 'svc', value: 'svc-123' }]);
  });
});

describe('expanding variables in step text', () => {
  it('replaces workflow and pipeline variables it knows and leaves the rest', () => {
    expect(expandVariables('echo ${workflow.variables.who} ${pipeline.variables.who} ${workflow.variables.nope} ${secrets.getValue("x")}', [{ name: 'who', value: 'world' }])).toBe(
      'echo world world ${workflow.variables.nope} ${secrets.getValue("x")}',
    );
  });
});
