/**
 * ECMA-402's LookupMatcher (https://tc39.es/ecma402/#sec-lookupmatcher): the first requested
 * locale that, with subtags dropped from the end, is available. Written out here because
 * @formatjs/intl-localematcher always bundles the CLDR data of its "best fit" matcher, a quarter
 * of the widget's size, and the standard `Intl.LocaleMatcher` has not shipped yet.
 */
export function lookupLocale(requested: readonly string[], available: readonly string[]): string | undefined {
  const offered = new Set(available);
  for (const locale of Intl.getCanonicalLocales([...requested])) {
    const found = bestAvailableLocale(offered, withoutUnicodeExtension(locale));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** https://tc39.es/ecma402/#sec-bestavailablelocale */
function bestAvailableLocale(available: ReadonlySet<string>, locale: string): string | undefined {
  let candidate = locale;
  for (;;) {
    if (available.has(candidate)) return candidate;
    let position = candidate.lastIndexOf('-');
    if (position < 0) return undefined;
    // Never leave a single-letter subtag (an extension's singleton) at the end.
    if (position >= 2 && candidate[position - 2] === '-') position -= 2;
    candidate = candidate.slice(0, position);
  }
}

/** "da-DK-u-nu-latn" → "da-DK"; a private-use part ("-x-…") is not an extension. */
function withoutUnicodeExtension(locale: string): string {
  const subtags = locale.split('-');
  for (let index = 1; index < subtags.length; index++) {
    if (subtags[index] === 'x') break;
    if (subtags[index] !== 'u') continue;
    let end = index + 1;
    while (end < subtags.length && (subtags[end]?.length ?? 0) > 1) end++;
    return [...subtags.slice(0, index), ...subtags.slice(end)].join('-');
  }
  return locale;
}
