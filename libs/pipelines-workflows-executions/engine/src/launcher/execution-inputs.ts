import { badInput } from '@fg/graphql-kit';
import type { Variable } from '@fg/pipelines-workflows-executions/data-access';
import type { InputVariable } from '../execution/execution.entity';

export type VariableValueType = 'ID' | 'NAME' | 'EXPRESSION';

/** The API's VariableInput. */
export interface VariableInput {
  name: string;
  variableValue: { type: VariableValueType; value: string };
}

/** The API's ServiceInput: the artifact (and optionally the chart version) a service deploys. */
export interface ServiceInput {
  name: string;
  artifactValueInput?: {
    valueType: 'ARTIFACT_ID' | 'BUILD_NUMBER' | 'PARAMETERIZED_ARTIFACT_SOURCE';
    artifactId?: { artifactId: string } | null;
    buildNumber?: { artifactSourceName: string; buildNumber: string } | null;
    parameterizedArtifactSource?: { artifactSourceName: string; buildNumber: string } | null;
  } | null;
  manifestValueInput?: {
    valueType: 'HELM_CHART_ID' | 'VERSION_NUMBER';
    /** A recorded chart version's id (Manifest.id). */
    helmChartId?: string | null;
    versionNumber?: { appManifestName: string; versionNumber: string } | null;
  } | null;
}

const EXPRESSION = /^\$\{[^}]+\}$/;

/**
 * The values of an entity's variables for one execution: every input checked against its variable (required, fixed,
 * allowed values, the value type), defaults filled in. Errors name the variable; inputs naming no variable are
 * ignored and reported in `warnings` (the reference's warningMessage).
 */
export function resolveVariables(variables: readonly Variable[], inputs: readonly VariableInput[] | null | undefined): { values: InputVariable[]; warnings: string[] } {
  const byName = new Map<string, VariableInput>();
  for (const input of inputs ?? []) {
    if (byName.has(input.name)) throw badInput(`Variable "${input.name}" is given more than once`);
    byName.set(input.name, input);
  }
  const values: InputVariable[] = [];
  for (const variable of variables) {
    const input = byName.get(variable.name);
    byName.delete(variable.name);
    if (!input) {
      if (variable.defaultValue !== null && variable.defaultValue !== '') values.push({ name: variable.name, value: variable.defaultValue });
      else if (variable.required) throw badInput(`Variable "${variable.name}" is required but no value was given`);
      continue;
    }
    const { type, value } = input.variableValue;
    if (variable.fixed && value !== variable.defaultValue) throw badInput(`Variable "${variable.name}" is fixed to "${variable.defaultValue ?? ''}" and cannot be set`);
    if (type === 'EXPRESSION') {
      if (!EXPRESSION.test(value)) throw badInput(`Variable "${variable.name}" has value type EXPRESSION, but "${value}" is not an expression such as \${workflow.variables.name}`);
    } else {
      if (value === '' && variable.required) throw badInput(`Variable "${variable.name}" is required but its value is empty`);
      const parts = variable.allowMultipleValues ? value.split(',').map((part) => part.trim()) : [value];
      if (variable.allowedValues.length > 0) {
        const refused = parts.find((part) => !variable.allowedValues.includes(part));
        if (refused !== undefined) throw badInput(`Value "${refused}" is not allowed for variable "${variable.name}"; allowed values: ${variable.allowedValues.join(', ')}`);
      }
    }
    values.push({ name: variable.name, value });
  }
  const warnings = [...byName.keys()].map((name) => `Variable "${name}" is not a variable of this entity and was ignored`);
  return { values, warnings };
}

/** `${workflow.variables.x}` (and `${pipeline.variables.x}`) in a step's text, with the execution's values. */
export function expandVariables(text: string, values: readonly InputVariable[]): string {
  const byName = new Map(values.map((variable) => [variable.name, variable.value]));
  return text.replace(/\$\{(?:workflow|pipeline)\.variables\.([A-Za-z0-9_-]+)\}/g, (whole, name: string) => byName.get(name) ?? whole);
}
