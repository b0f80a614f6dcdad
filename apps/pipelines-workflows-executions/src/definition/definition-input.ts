import { badInput } from '@fg/graphql-kit';
import type { Variable } from '@fg/pipelines-workflows-executions/data-access';
import { DEFINITION_LIMITS } from './definition-limits';

/** A name variables are referred to by in expressions (`${workflow.variables.name}`). */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface VariableDefinitionInput {
  name: string;
  type?: string | null;
  required?: boolean | null;
  allowedValues?: (string | null)[] | null;
  defaultValue?: string | null;
  fixed?: boolean | null;
  allowMultipleValues?: boolean | null;
}

/** The non-null items of a GraphQL list. */
export function present<T>(items: (T | null | undefined)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== null && item !== undefined);
}

/** A required, trimmed, bounded name. `field` names the input field in the error. */
export function requiredName(value: string | null | undefined, field: string): string {
  const name = (value ?? '').trim();
  if (!name) throw badInput(`${field} must not be empty`);
  if (name.length > DEFINITION_LIMITS.nameLength) throw badInput(`${field} must be at most ${DEFINITION_LIMITS.nameLength} characters`);
  return name;
}

export function optionalDescription(value: string | null | undefined, field = 'description'): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > DEFINITION_LIMITS.descriptionLength) throw badInput(`${field} must be at most ${DEFINITION_LIMITS.descriptionLength} characters`);
  return value;
}

/** An integer within [min, max], or the default when absent. */
export function boundedInt(value: number | null | undefined, field: string, bounds: { min: number; max: number; default?: number }): number {
  if (value === null || value === undefined) {
    if (bounds.default === undefined) throw badInput(`${field} is required`);
    return bounds.default;
  }
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) throw badInput(`${field} must be between ${bounds.min} and ${bounds.max}`);
  return value;
}

/** Distinct names: the first duplicate is refused, naming the field. */
export function requireUnique(names: string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw badInput(`${what} names must be unique: "${name}" appears twice`);
    seen.add(name);
  }
}

/** Workflow or pipeline variables, checked: names usable in expressions and unique, defaults among allowed values. */
export function variablesFrom(inputs: (VariableDefinitionInput | null)[] | null | undefined): Variable[] {
  const list = present(inputs);
  if (list.length > DEFINITION_LIMITS.variables) throw badInput(`variables: at most ${DEFINITION_LIMITS.variables} are allowed`);
  const variables = list.map((input, index): Variable => {
    const field = `variables[${index}]`;
    const name = (input.name ?? '').trim();
    if (!VARIABLE_NAME.test(name)) throw badInput(`${field}.name "${name}" must be letters, digits and underscores, not starting with a digit`);
    const allowedValues = present(input.allowedValues);
    const defaultValue = input.defaultValue ?? null;
    const fixed = input.fixed ?? false;
    const allowMultipleValues = input.allowMultipleValues ?? false;
    if (fixed && defaultValue === null) throw badInput(`${field}: a fixed variable needs a defaultValue`);
    if (defaultValue !== null && allowedValues.length > 0) {
      const defaults = allowMultipleValues ? defaultValue.split(',').map((value) => value.trim()) : [defaultValue];
      const outside = defaults.find((value) => !allowedValues.includes(value));
      if (outside !== undefined) throw badInput(`${field}.defaultValue "${outside}" is not one of its allowedValues`);
    }
    return {
      name,
      type: (input.type ?? '').trim() || 'TEXT',
      required: input.required ?? false,
      allowedValues,
      defaultValue,
      fixed,
      allowMultipleValues,
    };
  });
  requireUnique(
    variables.map((variable) => variable.name),
    'Variable',
  );
  return variables;
}

/** The names an expression text refers to under `${<scope>.variables.<name>}`. */
export function referencedVariables(text: string, scope: 'workflow' | 'pipeline'): string[] {
  const pattern = new RegExp(`\\$\\{${scope}\\.variables\\.([A-Za-z_][A-Za-z0-9_]*)\\}`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

/** Refuses a text that refers to a variable the definition does not declare. */
export function requireDeclared(text: string | null | undefined, scope: 'workflow' | 'pipeline', declared: readonly Variable[], field: string): void {
  if (!text) return;
  const names = new Set(declared.map((variable) => variable.name));
  const unknown = referencedVariables(text, scope).find((name) => !names.has(name));
  if (unknown !== undefined) throw badInput(`${field} refers to \${${scope}.variables.${unknown}}, which is not a variable of the ${scope}`);
}
