/** Limits, windows and costs reach Lua as numbers; a NaN or a fraction there would silently misbehave. */
export function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
