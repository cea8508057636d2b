// Letters that do not come apart into a base letter and an accent (NFD) in our languages.
const SPELLED_OUT: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A suggested short name for the address of a unit or a group, from its name: lower-case letters,
 * digits and single hyphens, as the API accepts ("Frivilligcenter Søborg" → "frivilligcenter-soeborg").
 */
export function suggestSlug(name: string, maxLength = 60): string {
  const spelled = [...name.toLowerCase()].map((character) => SPELLED_OUT[character] ?? character).join('');
  return spelled
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
