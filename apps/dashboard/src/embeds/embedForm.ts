import {
  accentRatio,
  DEFAULT_ACCENT_COLOUR,
  EMBED_LIMITS,
  embedProblems,
  isHexColour,
  LANGUAGES,
  normaliseEmbedFields,
  normaliseOrigin,
  TOPIC_CODES,
  type Country,
  type EmbedFields,
  type FieldProblem,
  type Language as TextLanguage,
  type TopicCode,
} from '@groupfinder/domain';
import { spokenLanguage, textLanguage } from '../editing/languages';
import { trimmedText, writtenText } from '../editing/writtenTexts';
import type { EmbedFieldsInput, Language } from '../gql/graphql';

/**
 * An embed's fields as its form holds them: the domain's fields (languages as text codes, `da`),
 * the allowed sites as the rows typed (an empty row is dropped when saving).
 */
export type EmbedFormValues = EmbedFields;

export type EmbedField = keyof EmbedFormValues;

/** The fields in the form's order: the conflict view and the summary of problems follow it. */
export const EMBED_FIELDS: readonly EmbedField[] = [
  'name',
  'neighbourCodes',
  'includeOnline',
  'onlineLanguages',
  'topics',
  'organisationIds',
  'defaultLanguage',
  'accentColour',
  'font',
  'allowedOrigins',
  'contactText',
  'crisisText',
];

/** The language a municipality's finder speaks unless the editor chooses another. */
const COUNTRY_LANGUAGES: Readonly<Record<Country, TextLanguage>> = { DK: 'da', SE: 'sv', NO: 'nb', PL: 'pl' };

/** A new embed of a municipality: its country's language, online groups in it, the platform's accent colour, one empty row for a site. */
export function newEmbedValues(country: Country): EmbedFormValues {
  const language = COUNTRY_LANGUAGES[country];
  return {
    name: '',
    neighbourCodes: [],
    includeOnline: true,
    onlineLanguages: [language],
    topics: [],
    organisationIds: [],
    defaultLanguage: language,
    accentColour: DEFAULT_ACCENT_COLOUR,
    font: '',
    allowedOrigins: [''],
    contactText: {},
    crisisText: {},
  };
}

/** An embed's fields as the API answers them. */
export interface StoredEmbedFields {
  readonly name: string;
  readonly neighbourCodes: readonly string[];
  readonly includeOnline: boolean;
  readonly onlineLanguages: readonly Language[];
  readonly topics: readonly TopicCode[];
  readonly organisationIds: readonly string[];
  readonly defaultLanguage: Language;
  readonly accentColour: string;
  readonly font: string;
  readonly allowedOrigins: readonly string[];
  readonly contactText: unknown;
  readonly crisisText: unknown;
}

/** Languages in the platform's order, so that the same choice compares equal however it was made. */
const inLanguageOrder = (languages: readonly TextLanguage[]): TextLanguage[] => LANGUAGES.filter((language) => languages.includes(language));

export function embedFormValues(stored: StoredEmbedFields): EmbedFormValues {
  return {
    name: stored.name,
    neighbourCodes: [...stored.neighbourCodes],
    includeOnline: stored.includeOnline,
    onlineLanguages: inLanguageOrder(stored.onlineLanguages.map(textLanguage)),
    topics: TOPIC_CODES.filter((topic) => stored.topics.includes(topic)),
    organisationIds: [...stored.organisationIds],
    defaultLanguage: textLanguage(stored.defaultLanguage),
    accentColour: stored.accentColour,
    font: stored.font,
    allowedOrigins: [...stored.allowedOrigins],
    contactText: writtenText(stored.contactText),
    crisisText: writtenText(stored.crisisText),
  };
}

/** What the API takes: the fields normalised as the API would (lines trimmed, sites as origins, no empty rows), languages as the schema's enum. */
export function embedInput(values: EmbedFormValues): EmbedFieldsInput {
  const fields = normaliseEmbedFields(values);
  return {
    ...fields,
    onlineLanguages: inLanguageOrder(fields.onlineLanguages).map(spokenLanguage),
    defaultLanguage: spokenLanguage(fields.defaultLanguage),
    contactText: trimmedText(fields.contactText),
    crisisText: trimmedText(fields.crisisText),
  };
}

/**
 * What would be refused before it is sent, each at its field, as the API would say it (the
 * domain's rules). A site that is not an origin is said at its row (`allowedOrigins.2`, counting
 * the rows as shown, empty ones too); whether the neighbours and organisations exist, only the API knows.
 */
export function embedFormProblems(values: EmbedFormValues): FieldProblem[] {
  const rowProblems = values.allowedOrigins.flatMap((row, index): FieldProblem[] =>
    row.trim() !== '' && normaliseOrigin(row) === null ? [{ field: `allowedOrigins.${index}`, code: 'ORIGIN_INVALID' }] : [],
  );
  const fieldProblems = embedProblems(normaliseEmbedFields(values)).filter((problem) => !/^allowedOrigins\.\d+$/.test(problem.field));
  return [...fieldProblems, ...rowProblems];
}

/** How the accent colour reads at its weakest in the widget (accentRatio): the WCAG ratio, and whether it reaches AA. Null while the colour is not #rrggbb. */
export function accentContrast(colour: string): { readonly ratio: number; readonly passes: boolean } | null {
  const trimmed = colour.trim();
  if (!isHexColour(trimmed)) return null;
  const ratio = accentRatio(trimmed.toLowerCase());
  return { ratio, passes: ratio >= EMBED_LIMITS.contrastMin };
}

/** A site typed in a row, as the origin it names once the row is left (`HTTPS://Www.Gladsaxe.dk/` → `https://www.gladsaxe.dk`); as typed when it is not one. */
export function tidiedOrigin(row: string): string {
  return normaliseOrigin(row) ?? row;
}
