import { maskSecretValues } from '@fg/secrets/masking';
import type { TaskContext, TaskPayload, TaskResult } from './task.entity';

// `${secrets.getValue("name")}` (or single quotes), as the reference writes a secret into a script or a URL.
const SECRET_REFERENCE = /\$\{\s*secrets\.getValue\(\s*(?:"([^"]+)"|'([^']+)')\s*\)\s*\}/g;

/** The fields of each payload that may refer to secrets: the text a delegate turns into commands or requests. */
function referringText(payload: TaskPayload): string[] {
  switch (payload.type) {
    case 'SHELL_SCRIPT':
      return [payload.script];
    case 'HTTP':
      return payload.version === 2 ? [payload.url, ...payload.headers.map((header) => header.value), ...(payload.body === null ? [] : [payload.body])] : [payload.url];
    default:
      return [];
  }
}

/** The names of the secrets a payload refers to, each once, in order of first use. */
export function secretReferencesIn(payload: TaskPayload): string[] {
  const names = new Set<string>();
  for (const text of referringText(payload)) {
    for (const match of text.matchAll(SECRET_REFERENCE)) names.add((match[1] ?? match[2]) as string);
  }
  return [...names];
}

/**
 * The payload a delegate receives: every reference replaced by its value. Only ever sent in an acquire answer; the
 * stored task and its delivery keep the references.
 */
export function withSecretValues(payload: TaskPayload, values: ReadonlyMap<string, string>): TaskPayload {
  const substitute = (text: string) => text.replace(SECRET_REFERENCE, (whole, double?: string, single?: string) => values.get((double ?? single) as string) ?? whole);
  switch (payload.type) {
    case 'SHELL_SCRIPT':
      return { ...payload, script: substitute(payload.script) };
    case 'HTTP':
      return payload.version === 2
        ? {
            ...payload,
            url: substitute(payload.url),
            headers: payload.headers.map((header) => ({ ...header, value: substitute(header.value) })),
            body: payload.body === null ? null : substitute(payload.body),
          }
        : { ...payload, url: substitute(payload.url) };
    default:
      return payload;
  }
}

/** A result as it may be stored: every injected value masked in its output and error. */
export function maskedResult(result: TaskResult, values: Iterable<string>): TaskResult {
  const secretValues = [...values];
  return {
    ...result,
    ...(result.output !== undefined ? { output: maskSecretValues(result.output, secretValues) } : {}),
    ...(result.error !== undefined ? { error: maskSecretValues(result.error, secretValues) } : {}),
  };
}

export type SecretResolution =
  | { ok: true; values: Map<string, string> }
  /** The task may not have them (no such secret, out of its scope): it fails with this message, which names the secret. */
  | { ok: false; refused: true; message: string }
  /** The secrets service could not answer now: the task is offered again later. */
  | { ok: false; refused: false; message: string };

/**
 * Looks up the values of a task's secret references for the delegate that acquired it, under the task's usage
 * (its application and environment; account-level use when it has no context). All or nothing.
 */
export interface TaskSecretResolver {
  resolve(accountId: string, delegateId: string, names: string[], context: TaskContext | null): Promise<SecretResolution>;
}
