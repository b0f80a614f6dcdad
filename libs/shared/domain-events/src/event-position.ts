const DIGITS = 20; // both parts of a stream id are 64-bit integers

/**
 * A stream id ("1733052000000-3") as a string whose text order is the stream's order, so a projection can store it
 * and compare it in a query: apply an event only when its position is greater than the one stored with the entity
 * (a compare-and-set). That makes handlers idempotent (a redelivery has an equal position) and keeps a late retry of
 * an older event from undoing a newer one. Positions compare only within one stream, which holds every event of an
 * entity (EVENT_STREAMS).
 */
export function eventPosition(streamId: string): string {
  const match = /^(\d+)-(\d+)$/.exec(streamId);
  if (!match) throw new TypeError(`not a stream id: "${streamId}"`);
  return `${match[1].padStart(DIGITS, '0')}-${match[2].padStart(DIGITS, '0')}`;
}
