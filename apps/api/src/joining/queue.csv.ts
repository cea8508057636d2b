/**
 * CSV as RFC 4180 writes it (every field quoted, quotes doubled, lines ended by CRLF), safe to open
 * in a spreadsheet: a value a spreadsheet would take for a formula (starting with =, +, -, @, a tab
 * or a carriage return; OWASP's "CSV injection") gets a leading apostrophe, so that it is shown as
 * text instead of run. What people type into a form to join a group ends up here, so every value
 * is treated so, not only the ones that look odd.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised, then quoted. */
export function csvField(value: string | null): string {
  if (value === null) return '""';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The rows as one CSV text, the header first; a byte order mark tells spreadsheets it is UTF-8 (Æ, ø, ł). */
export function toCsv(rows: readonly (readonly (string | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
