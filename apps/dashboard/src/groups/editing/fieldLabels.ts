import type { Translate } from '@groupfinder/translations';
import { isLanguage } from '../../editing/languages';
import { GROUP_FIELDS, TEXT_FIELDS, type GroupField } from './groupFields';

const isGroupField = (value: string): value is GroupField => (GROUP_FIELDS as readonly string[]).includes(value);
const isTextField = (value: string): value is (typeof TEXT_FIELDS)[number] => (TEXT_FIELDS as readonly string[]).includes(value);

/** A field's label, as the form shows it. */
export function fieldLabel(t: Translate, field: GroupField): string {
  return t(`dashboard.groupEditor.field.${field}`);
}

/** The label of the control a problem's path is about: `name.da` → "Name (Danish)", `schedule.rrule` → "Schedule". */
export function problemLabel(t: Translate, path: string): string {
  const [field = path, language] = path.split(/[.[]/);
  if (!isGroupField(field)) return path;
  const label = fieldLabel(t, field);
  return isTextField(field) && language && isLanguage(language) ? t('dashboard.groupEditor.textIn', { field: label, language: t(`language.${language}`) }) : label;
}
