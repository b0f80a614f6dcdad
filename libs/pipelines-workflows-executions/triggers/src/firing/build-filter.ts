/**
 * An artifact filter (or a version regex): exact text, or with `regex` a regular expression the whole build number
 * must match, as the reference's Pattern.matches does. No filter accepts everything.
 */
export function buildFilter(filter: string | null, regex: boolean): (buildNo: string) => boolean {
  if (!filter) return () => true;
  if (!regex) return (buildNo) => buildNo === filter;
  const pattern = new RegExp(`^(?:${filter})$`);
  return (buildNo) => pattern.test(buildNo);
}

/** A regex a user gave, checked before it is stored; null when it compiles. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
