/** An attribute's value as HTML writes it between double quotes. */
function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The other way to show an embed, for a site whose editor strips scripts: a frame of its page with
 * only the finder (`frameUrl`, which only the embed's sites may frame), named by `title` for
 * screen readers, as wide as the column it is put in; allowed to copy a link to the clipboard (Share),
 * which a frame may not do unless its page says so.
 */
export function frameSnippet(frameUrl: string, title: string): string {
  return `<iframe src="${attribute(frameUrl)}" title="${attribute(title)}" width="100%" height="900" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>`;
}
