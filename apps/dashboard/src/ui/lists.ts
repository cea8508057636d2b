/** Lower case without accents, so that "sorg" finds "Sorg" and "malmo" finds "Malmö". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether every word searched for is in one of the texts, whatever the case and accents ('' finds everything). */
export function matchesSearch(search: string, texts: readonly string[]): boolean {
  const words = folded(search).split(/\s+/).filter(Boolean);
  const haystack = folded(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}

export interface Page<T> {
  readonly items: T[];
  /** 0-based, within the pages there are. */
  readonly page: number;
  readonly pageCount: number;
  /** The 1-based places of the first and last item shown ("21–40 of 57"); 0 when there are none. */
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/** How many a list shows at a time. */
export const PAGE_SIZE = 20;

/** One page of a list; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, page), pageCount - 1);
  const start = shown * size;
  const pageItems = items.slice(start, start + size);
  return {
    items: pageItems,
    page: shown,
    pageCount,
    first: pageItems.length > 0 ? start + 1 : 0,
    last: start + pageItems.length,
    total: items.length,
  };
}
