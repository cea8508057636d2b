import type { Country } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';

/** The GraphQL `Language` enum value of a widget locale: "nb" → "NB". */
export function toLanguageEnum(locale: Locale): Uppercase<Locale> {
  return locale.toUpperCase() as Uppercase<Locale>;
}

/** A GraphQL `Language` enum value as a BCP 47 tag for the `lang` attribute: "NB" → "nb". */
export function toLangAttribute(language: string): string {
  return language.toLowerCase();
}

const CALLING_CODES: Readonly<Record<Country, string>> = { DK: '45', SE: '46', NO: '47', PL: '48' };

/**
 * A `tel:` link for a phone number as organisations write it ("4498 3579", "08-123 45 67"),
 * in international form so that it also dials from abroad. Swedish numbers drop their trunk 0.
 * Returns undefined when there are no digits to dial.
 */
export function telHref(phone: string, country?: Country | null): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits === '') return undefined;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (!country) return `tel:${digits}`;
  const national = country === 'SE' ? digits.replace(/^0/, '') : digits;
  return `tel:+${CALLING_CODES[country]}${national}`;
}

/** A `mailto:` link, or undefined for something that is not an e-mail address. */
export function mailtoHref(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}

/** A link to a group's web page: only http(s), never `javascript:` or the like. */
export function webHref(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** How a web address reads in text: "https://www.smartrecovery.dk/" → "www.smartrecovery.dk". */
export function webLabel(href: string): string {
  const parsed = new URL(href);
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  const text = `${parsed.host}${path}${parsed.search}`;
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export interface VenueAddress {
  name: string;
  street: string;
  postalCode: string;
  town: string;
}

/**
 * Where a group meets, as the lines a visitor reads: "Forebyggelsescentret, Søborg Hovedgade 200"
 * and "2860 Søborg". The venue name is left out when it only repeats the street.
 */
export function addressLines(venue: VenueAddress): string[] {
  const first = [venue.name, venue.street]
    .map((part) => part.trim())
    .filter((part, index, parts) => part !== '' && parts.indexOf(part) === index)
    .join(', ');
  const second = [venue.postalCode, venue.town].map((part) => part.trim()).filter(Boolean).join(' ');
  return [first, second].filter(Boolean);
}
