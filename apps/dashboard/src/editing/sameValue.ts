const isNothing = (value: unknown) => value === null || value === undefined;

/** Whether two values are the same, as JSON: objects compared key by key whatever their order; null and undefined alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNothing(a) || isNothing(b)) return isNothing(a) && isNothing(b);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const keysOfA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysOfB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return keysOfA.length === keysOfB.length && keysOfA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
