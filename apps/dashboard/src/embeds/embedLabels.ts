import type { FieldProblem } from '@groupfinder/domain';
import type { MessageKey, Translate } from '@groupfinder/translations';
import { describeLine, describeText } from '../editing/describeValue';
import { isLanguage } from '../editing/languages';
import type { ProblemControl } from '../editing/ProblemSummary';
import type { FieldProblemMessage, FormProblem } from '../ui/formProblem';
import { accentContrast, EMBED_FIELDS, type EmbedField, type EmbedFormValues } from './embedForm';

/** A field of the embed form by name, as its label says it. */
export function embedFieldLabel(t: Translate, field: EmbedField): string {
  return t(`dashboard.embed.field.${field}`);
}

/** The label of one language of the contact or crisis text: "Contact text (Danish)". */
export function embedTextLabel(t: Translate, field: 'contactText' | 'crisisText', language: string): string {
  return t('dashboard.embed.textIn', { field: embedFieldLabel(t, field), language: isLanguage(language) ? t(`language.${language}`) : language });
}

/** The names of the embed form's controls the API's errors may name. */
export const EMBED_CONTROL_NAMES: readonly string[] = EMBED_FIELDS;

const isEmbedField = (value: string): value is EmbedField => (EMBED_FIELDS as readonly string[]).includes(value);

/** The id of the control of a field the API names (`accentColour`, `allowedOrigins.0`, `contactText.da`), within one form. */
export function embedControlId(formId: string, field: string): string {
  return `${formId}-${field.replace(/[^A-Za-z0-9]/g, '-')}`;
}

/**
 * The control a problem is about, to link to it from the summary of problems: a site's own row
 * (`allowedOrigins.1` → "Site 2"), a text's language (`contactText.da`), else the field's control or
 * fieldset (a neighbour the API does not know, `neighbourCodes.0`, is said at the neighbours).
 */
export function embedProblemControl(t: Translate, formId: string, path: string): ProblemControl | null {
  const [field = '', part] = path.split('.');
  if (!isEmbedField(field)) return null;
  if (field === 'allowedOrigins' && part !== undefined && /^\d+$/.test(part)) {
    return { id: embedControlId(formId, path), label: t('dashboard.embed.origin', { number: Number(part) + 1 }) };
  }
  if ((field === 'contactText' || field === 'crisisText') && part !== undefined && isLanguage(part)) {
    return { id: embedControlId(formId, path), label: embedTextLabel(t, field, part) };
  }
  return { id: embedControlId(formId, field), label: embedFieldLabel(t, field) };
}

/** A problem found before saving, in the reader's language, as the API would have said it. */
function problemMessage(t: Translate, problem: FieldProblem): FieldProblemMessage {
  return { field: problem.field, code: problem.code, message: t(`error.${problem.code}` as MessageKey, problem.values) };
}

/** The problems found before saving, as a refusal of the form shown like the API's (see useFormProblem's `show`). */
export function embedFormProblem(t: Translate, problems: readonly FieldProblem[]): FormProblem {
  return { code: 'INVALID_INPUT', message: t('error.INVALID_INPUT', { count: problems.length }), field: null, problems: problems.map((problem) => problemMessage(t, problem)) };
}

/** Names for the codes and ids an embed stores: its municipality's neighbours, the organisations. */
export interface EmbedNames {
  readonly neighbours: ReadonlyMap<string, string>;
  readonly organisations: ReadonlyMap<string, string>;
}

/** A field's value in words, for choosing between mine and theirs after a conflict. */
export function describeEmbedField(t: Translate, field: EmbedField, values: EmbedFormValues, names: EmbedNames): string {
  const list = (items: readonly string[], none: string) => (items.length > 0 ? items.join(', ') : none);
  switch (field) {
    case 'name':
    case 'font':
      return describeLine(t, values[field]);
    case 'neighbourCodes':
      return list(
        values.neighbourCodes.map((code) => names.neighbours.get(code) ?? code),
        t('dashboard.embed.neighbours.none'),
      );
    case 'includeOnline':
      return t(values.includeOnline ? 'dashboard.embed.online.shown' : 'dashboard.embed.online.hidden');
    case 'onlineLanguages':
      return list(
        values.onlineLanguages.map((language) => t(`language.${language}`)),
        t('dashboard.value.empty'),
      );
    case 'topics':
      return list(
        values.topics.map((topic) => t(`topic.${topic}`)),
        t('dashboard.embed.topics.all'),
      );
    case 'organisationIds':
      return list(
        values.organisationIds.map((id) => names.organisations.get(id) ?? id),
        t('dashboard.embed.organisations.all'),
      );
    case 'defaultLanguage':
      return t(`language.${values.defaultLanguage}`);
    case 'accentColour': {
      const contrast = accentContrast(values.accentColour);
      return contrast ? t('dashboard.embed.colour.described', { colour: values.accentColour, ratio: contrast.ratio.toFixed(2) }) : describeLine(t, values.accentColour);
    }
    case 'allowedOrigins':
      return list(
        values.allowedOrigins.filter((origin) => origin.trim() !== ''),
        t('dashboard.value.empty'),
      );
    case 'contactText':
    case 'crisisText':
      return describeText(t, values[field]);
  }
}
