import type { FieldProblemMessage } from '../../ui/formProblem';
import { TEXT_FIELDS, type GroupFormValues } from './groupFields';

/** What every fieldset of the group form is given: the values, a way to change one, and the problems at a path. */
export interface FormBinding {
  readonly values: GroupFormValues;
  set<K extends keyof GroupFormValues>(field: K, value: GroupFormValues[K]): void;
  /** The messages for exactly this path (`slug`, `name.da`), as one text; undefined when there are none. */
  problemAt(path: string): string | undefined;
}

/** The id of the control for a field's path (`name.da` → `group-name-da`), for labels and for links from the summary. */
export function fieldId(path: string): string {
  return `group-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/**
 * The control a problem's path is about: a text in one language has its own input, a schedule's
 * problems are said inside the schedule editor (its fieldset is the link's end), and every other
 * field has one control or fieldset by the field's name.
 */
export function controlId(path: string): string {
  const [field = path, part] = path.split(/[.[]/);
  if (field === 'schedule' || part === undefined) return fieldId(field);
  return (TEXT_FIELDS as readonly string[]).includes(field) ? fieldId(`${field}.${part}`) : fieldId(field);
}

/** The problems under a part of the form, with paths relative to it: `schedule.rrule` → `rrule`, `schedule` → ''. */
export function problemsUnder(problems: readonly FieldProblemMessage[], prefix: string): { path: string; message: string }[] {
  return problems.flatMap(({ field, message }) => {
    if (field === prefix) return [{ path: '', message }];
    if (field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`)) return [{ path: field.slice(prefix.length).replace(/^\./, ''), message }];
    return [];
  });
}
