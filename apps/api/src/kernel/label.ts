import { translate, type Locale, type MessageKey } from '@groupfinder/translations';

/** Messages without values, per language and key: the same few labels for every group of every page. */
const LABELS = new Map<string, string>();

/** translate() of a message without values, formatted once per language. */
export function label(locale: Locale, key: MessageKey): string {
  const cacheKey = `${locale}|${key}`;
  let text = LABELS.get(cacheKey);
  if (text === undefined) {
    text = translate(locale, key);
    LABELS.set(cacheKey, text);
  }
  return text;
}
