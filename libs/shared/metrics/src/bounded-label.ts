/**
 * A label whose distinct values are capped: the first `max` values seen are kept, every later one is reported as
 * `overflow`. Prometheus keeps one series per label value for the life of the process, so a label fed by clients
 * (a GraphQL operation name) must never grow without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly overflow = 'other',
  ) {}

  value(raw: string): string {
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.max) return this.overflow;
    this.seen.add(raw);
    return raw;
  }
}

// GraphQL names are /[_A-Za-z][_0-9A-Za-z]*/; anything else a client sends is not a name worth a series.
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** The label of a GraphQL operation: its name when it has a valid one, `anonymous` otherwise. */
export function operationNameLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return GRAPHQL_NAME.test(name) ? name : 'invalid';
}
