import type { TranslatedText } from './content';
import { textProblems, type FieldProblem } from './editing';
import { LIMITS } from './limits';
import { LANGUAGES, type Language, type TopicCode } from './vocabularies';

/**
 * An embed (issue 12): a municipality's saved finder. Its public key goes in the snippet; the API
 * shows through it only the groups below, to the sites listed, whatever a request asks.
 */
export interface EmbedFields {
  /** What the municipality calls it in the dashboard ("Selvhjælpsgrupper på gladsaxe.dk"). */
  name: string;
  /** Codes of other municipalities of the same country whose groups it also shows (usually neighbours). */
  neighbourCodes: string[];
  /** Whether it shows online groups, those in `onlineLanguages`. */
  includeOnline: boolean;
  onlineLanguages: Language[];
  /** Only groups about these topics (and their sub-topics); empty: every topic. */
  topics: TopicCode[];
  /** Only these organisations' groups; empty: every organisation's. */
  organisationIds: string[];
  /** The language it speaks unless the element says otherwise. */
  defaultLanguage: Language;
  /** Buttons and links, `#rrggbb`; white text on it and it on white must reach WCAG AA (4.5:1). */
  accentColour: string;
  /** A CSS font-family list (a font the host page loads, say); empty: the widget's own system fonts. */
  font: string;
  /** The sites allowed to embed it, as origins (`https://www.gladsaxe.dk`). */
  allowedOrigins: string[];
  /** Shown under the results: who to ask at the municipality, and where to call in a crisis. */
  contactText: TranslatedText;
  crisisText: TranslatedText;
}

export const EMBED_LIMITS = {
  originsMax: 20,
  neighboursMax: 30,
  organisationsMax: 50,
  fontMaxLength: 120,
  /** The contact and crisis texts, per language. */
  textMaxLength: 600,
  /** WCAG 2.1 AA for normal text. */
  contrastMin: 4.5,
} as const;

export const DEFAULT_ACCENT_COLOUR = '#0b5394';

/** An embed's public key as snippets carry it (the `embeds.key` CHECK says the same). */
export const EMBED_KEY = /^[A-Za-z0-9_-]{16,64}$/;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
/** Family names and generic families, quoted or not; nothing that could end the declaration. */
const FONT_FAMILY = /^[\p{L}\p{N} ,'"-]+$/u;

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21, rounded down to two decimals (so 4.499 never passes as 4.5). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.floor(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

/**
 * What the widget puts the accent colour with: white text on it (its buttons), and it as text on
 * white and on the widget's pale grey panels (`--gf-soft` in apps/widget/src/styles.css).
 */
export const ACCENT_COMPANIONS = ['#ffffff', '#f3f5f8'] as const;

/** The accent colour's weakest contrast with what the widget puts it with: the ratio WCAG AA is judged on. */
export function accentRatio(colour: string): number {
  return Math.min(...ACCENT_COMPANIONS.map((companion) => contrastRatio(colour, companion)));
}

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** A site as an origin (`https://www.gladsaxe.dk`, lower case, no path), or null when it is not one. */
export function normaliseOrigin(value: string): string | null {
  const trimmed = value.trim().replace(/\/$/, '');
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
  return url.origin;
}

/** The fields as an editor means them: lines trimmed, origins normalised where they can be, sets without repeats. */
export function normaliseEmbedFields(fields: EmbedFields): EmbedFields {
  const blankless = (text: TranslatedText) => Object.fromEntries(Object.entries(text ?? {}).filter(([, value]) => typeof value !== 'string' || value.trim() !== ''));
  return {
    ...fields,
    name: fields.name.trim(),
    neighbourCodes: [...new Set(fields.neighbourCodes.map((code) => code.trim()).filter((code) => code !== ''))],
    onlineLanguages: [...new Set(fields.onlineLanguages)],
    topics: [...new Set(fields.topics)],
    organisationIds: [...new Set(fields.organisationIds)],
    accentColour: fields.accentColour.trim().toLowerCase(),
    font: fields.font.trim(),
    allowedOrigins: [...new Set(fields.allowedOrigins.map((origin) => normaliseOrigin(origin) ?? origin.trim()).filter((origin) => origin !== ''))],
    contactText: blankless(fields.contactText),
    crisisText: blankless(fields.crisisText),
  };
}

/**
 * Everything wrong with an embed's fields, each at its field; empty when it may be saved. What
 * needs the database (the neighbours and organisations exist) is checked by the API.
 */
export function embedProblems(embed: EmbedFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (embed.name.trim() === '' || embed.name.length > LIMITS.nameMaxLength) problems.push({ field: 'name', code: 'NAME_INVALID', values: { max: LIMITS.nameMaxLength } });
  if (!isHexColour(embed.accentColour)) {
    problems.push({ field: 'accentColour', code: 'COLOUR_INVALID' });
  } else {
    const ratio = accentRatio(embed.accentColour);
    if (ratio < EMBED_LIMITS.contrastMin) problems.push({ field: 'accentColour', code: 'CONTRAST_TOO_LOW', values: { ratio, min: EMBED_LIMITS.contrastMin } });
  }
  if (embed.font !== '' && (embed.font.length > EMBED_LIMITS.fontMaxLength || !FONT_FAMILY.test(embed.font))) problems.push({ field: 'font', code: 'FONT_INVALID', values: { max: EMBED_LIMITS.fontMaxLength } });
  if (embed.allowedOrigins.length === 0) problems.push({ field: 'allowedOrigins', code: 'ORIGINS_REQUIRED' });
  if (embed.allowedOrigins.length > EMBED_LIMITS.originsMax) problems.push({ field: 'allowedOrigins', code: 'TOO_MANY', values: { max: EMBED_LIMITS.originsMax } });
  embed.allowedOrigins.forEach((origin, index) => {
    if (normaliseOrigin(origin) !== origin) problems.push({ field: `allowedOrigins.${index}`, code: 'ORIGIN_INVALID' });
  });
  if (embed.neighbourCodes.length > EMBED_LIMITS.neighboursMax) problems.push({ field: 'neighbourCodes', code: 'TOO_MANY', values: { max: EMBED_LIMITS.neighboursMax } });
  if (embed.organisationIds.length > EMBED_LIMITS.organisationsMax) problems.push({ field: 'organisationIds', code: 'TOO_MANY', values: { max: EMBED_LIMITS.organisationsMax } });
  if (embed.includeOnline && embed.onlineLanguages.length === 0) problems.push({ field: 'onlineLanguages', code: 'ONLINE_LANGUAGES_REQUIRED' });
  if (!(LANGUAGES as readonly string[]).includes(embed.defaultLanguage)) problems.push({ field: 'defaultLanguage', code: 'LANGUAGE_INVALID' });
  problems.push(...textProblems('contactText', embed.contactText, EMBED_LIMITS.textMaxLength), ...textProblems('crisisText', embed.crisisText, EMBED_LIMITS.textMaxLength));
  return problems;
}
