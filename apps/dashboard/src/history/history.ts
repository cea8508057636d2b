/** A record's changes, newest first: the version each made is its place in the record's history. */
export function newestFirst<T extends { readonly version: number; readonly madeAt: unknown }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.version - a.version || String(b.madeAt).localeCompare(String(a.madeAt)));
}
