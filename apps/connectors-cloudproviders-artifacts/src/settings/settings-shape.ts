import { badInput } from '@fg/graphql-kit';

type Settings = Record<string, unknown>;

/**
 * What a kind's settings must look like once an input is applied: the fields it requires, the sub-inputs it may hold,
 * and the groups where a discriminator picks exactly one sub-input (AWS credentialsType, K8s clusterDetailsType…).
 */
export interface SettingsShape {
  required?: string[];
  /** Optional sub-inputs, checked when given (e.g. AWS crossAccountAttributes). */
  nested?: Record<string, SettingsShape>;
  choice?: Choice;
}

export interface Choice {
  /** The field holding the discriminator, or a fixed value decided outside the settings (a connector's type). */
  discriminator: { field: string } | { fixed: string; label: string };
  /** Sub-input slot per discriminator value; a value without a slot takes no sub-input. */
  slots: Record<string, string>;
  shapes: Record<string, SettingsShape>;
}

export const isGiven = (value: unknown): boolean => value !== undefined && value !== null;
const isPlainObject = (value: unknown): value is Settings => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks settings against their shape and throws BAD_USER_INPUT naming the path of the first problem: a missing
 * required field, a missing sub-input for the chosen kind, or a sub-input of another kind given as well.
 */
export function checkSettings(settings: Settings, shape: SettingsShape, path: string): void {
  for (const field of shape.required ?? []) {
    if (!isGiven(settings[field])) throw badInput(`${path}.${field} is required`);
  }
  for (const [field, nested] of Object.entries(shape.nested ?? {})) {
    const value = settings[field];
    if (isPlainObject(value)) checkSettings(value, nested, `${path}.${field}`);
  }
  if (shape.choice) checkChoice(settings, shape.choice, path);
}

function checkChoice(settings: Settings, choice: Choice, path: string): void {
  const { discriminator } = choice;
  const value = 'fixed' in discriminator ? discriminator.fixed : settings[discriminator.field];
  const label = 'fixed' in discriminator ? discriminator.label : `${path}.${discriminator.field}`;
  if (!isGiven(value)) throw badInput(`${label} is required`);
  const chosen = choice.slots[String(value)];
  const others = [...new Set(Object.values(choice.slots))].filter((slot) => slot !== chosen && isGiven(settings[slot]));
  if (others.length > 0) {
    const allowed = chosen ? `only ${path}.${chosen}` : 'no sub-input';
    throw badInput(`${label} ${String(value)} takes ${allowed}; remove ${others.map((slot) => `${path}.${slot}`).join(', ')}`);
  }
  if (!chosen) return;
  const sub = settings[chosen];
  if (!isPlainObject(sub)) throw badInput(`${path}.${chosen} is required when ${label} is ${String(value)}`);
  checkSettings(sub, choice.shapes[String(value)] ?? {}, `${path}.${chosen}`);
}

/**
 * Applies a partial update: fields present in the patch replace stored ones (an explicit null clears), sub-inputs
 * merge field by field, lists are replaced whole. When the patch switches a choice's discriminator, the sub-inputs of
 * the previous kind are dropped, so the stored settings never hold two kinds at once.
 */
export function mergeSettings(stored: Settings, patch: Settings, shape: SettingsShape): Settings {
  const merged: Settings = { ...stored };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const nestedShape = shape.nested?.[field] ?? choiceShapeOf(shape.choice, field);
    merged[field] =
      isPlainObject(value) && isPlainObject(stored[field]) ? mergeSettings(stored[field] as Settings, value, nestedShape ?? {}) : value;
  }
  const choice = shape.choice;
  if (choice && 'field' in choice.discriminator) {
    const field = choice.discriminator.field;
    if (isGiven(patch[field]) && patch[field] !== stored[field]) {
      const keep = choice.slots[String(patch[field])];
      for (const slot of new Set(Object.values(choice.slots))) {
        if (slot !== keep && !isGiven(patch[slot])) delete merged[slot];
      }
    }
  }
  return merged;
}

function choiceShapeOf(choice: Choice | undefined, field: string): SettingsShape | undefined {
  if (!choice) return undefined;
  const value = Object.entries(choice.slots).find(([, slot]) => slot === field)?.[0];
  return value ? choice.shapes[value] : undefined;
}

/** Picks the one sub-input of a polymorphic mutation input that its discriminator names (cloudProviderType + slots). */
export function pickSubInput(
  input: Settings,
  discriminatorName: string,
  value: string,
  slots: Record<string, string>,
): { slot: string; settings: Settings } {
  const chosen = slots[value];
  const others = [...new Set(Object.values(slots))].filter((slot) => slot !== chosen && isGiven(input[slot]));
  if (!chosen) throw badInput(`${discriminatorName} ${value} cannot be created or updated through this API`);
  if (others.length > 0) throw badInput(`${discriminatorName} ${value} takes only ${chosen}; remove ${others.join(', ')}`);
  const settings = input[chosen];
  if (!isPlainObject(settings)) throw badInput(`${chosen} is required when ${discriminatorName} is ${value}`);
  return { slot: chosen, settings };
}

/** Every value held under a key the predicate accepts, anywhere in the settings, with its path. */
export function collectFields(settings: unknown, accept: (key: string) => boolean, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(settings)) return settings.flatMap((item, i) => collectFields(item, accept, `${path}[${i}]`));
  if (!isPlainObject(settings)) return [];
  return Object.entries(settings).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    return [...(accept(key) && isGiven(value) ? [{ path: here, value }] : []), ...collectFields(value, accept, here)];
  });
}

/** Removes undefined fields (inputs parsed by graphql-js leave absent fields out; this keeps stored documents tidy). */
export function withoutUndefined(settings: Settings): Settings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
