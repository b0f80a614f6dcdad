/** What stands in for a secret value in any text the platform stores or shows (task output, logs). */
export const SECRET_MASK = '**************';

/**
 * Replaces every occurrence of each value in `text` with the mask. Longer values are masked first, so a value that
 * contains another is hidden whole rather than leaving its remainder readable. Empty values are ignored (masking ""
 * would interleave masks between every character).
 */
export function maskSecretValues(text: string, values: Iterable<string>): string {
  const ordered = [...new Set(values)].filter((value) => value.length > 0).sort((a, b) => b.length - a.length);
  let masked = text;
  for (const value of ordered) masked = masked.split(value).join(SECRET_MASK);
  return masked;
}
