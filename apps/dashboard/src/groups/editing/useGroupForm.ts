import { LANGUAGES, type Language as TextLanguage, type TranslatedText } from '@groupfinder/domain';
import { useMemo, useState } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { sameValue } from '../../editing/sameValue';
import { useUnsavedChanges, type UnsavedChanges } from '../../editing/useUnsavedChanges';
import type { FormProblemState } from '../../ui/useFormProblem';
import type { FormBinding } from './formBinding';
import { fieldsFromForm, formFromFields, textLanguagesOf, type GroupFieldValues, type GroupFormValues } from './groupFields';

export interface UseGroupFormOptions {
  /** The form's first values. */
  readonly initial: () => GroupFormValues;
  readonly defaultLanguage: TextLanguage;
  /** Where the save's problems are kept: read at the fields, and told of numbers that are not whole numbers. */
  readonly problem: FormProblemState;
  /** A new group's slug, from its name, until the editor writes one of their own. */
  readonly suggestSlug?: (name: TranslatedText) => string;
}

export interface GroupFormController {
  readonly binding: FormBinding;
  /** The languages the texts are shown in: once shown, a language stays while its texts are emptied. */
  readonly textLanguages: readonly TextLanguage[];
  addTextLanguage(language: TextLanguage): void;
  /** The fields as last saved (or as the form started): what the form's changes are measured against. */
  readonly base: GroupFieldValues;
  /** The form differs from `base`: leaving asks first. */
  readonly dirty: boolean;
  readonly changes: UnsavedChanges;
  /** The fields to send, or null when some numbers are not whole numbers (then said at their fields). */
  fieldsToSend(): GroupFieldValues | null;
  /** Other values in the form (a merge with someone else's save, or their save), measured against `stored` from now on. */
  reset(values: GroupFormValues, stored: GroupFieldValues): void;
  /**
   * After a save of `sent`: the form shows what was stored (trimmed and all), unless the editor
   * changed it while it was being saved; either way the changes are measured against `stored`.
   */
  saved(stored: GroupFieldValues, sent: GroupFieldValues): void;
}

function union(shown: readonly TextLanguage[], more: readonly TextLanguage[], defaultLanguage: TextLanguage): TextLanguage[] {
  const all = new Set([...shown, ...more]);
  return [defaultLanguage, ...LANGUAGES.filter((language) => language !== defaultLanguage && all.has(language))];
}

/** The group form's values, what they were saved as, the languages of the texts, and asking before leaving changes unsaved. */
export function useGroupForm({ initial, defaultLanguage, problem, suggestSlug }: UseGroupFormOptions): GroupFormController {
  const { t } = useLocale();
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(() => fieldsFromForm(values).fields);
  const [textLanguages, setTextLanguages] = useState(() => textLanguagesOf(values, defaultLanguage));
  const [slugWritten, setSlugWritten] = useState(() => values.slug !== '');
  const dirty = useMemo(() => !sameValue(fieldsFromForm(values).fields, base), [values, base]);
  const changes = useUnsavedChanges(dirty);

  const set: FormBinding['set'] = (field, value) => {
    if (field === 'slug') setSlugWritten(value !== '');
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      return field === 'name' && suggestSlug && !slugWritten ? { ...next, slug: suggestSlug(next.name) } : next;
    });
  };

  return {
    binding: { values, set, problemAt: problem.fieldError },
    textLanguages,
    addTextLanguage: (language) => setTextLanguages((shown) => union(shown, [language], defaultLanguage)),
    base,
    dirty,
    changes,
    fieldsToSend() {
      const { fields, invalidNumbers } = fieldsFromForm(values);
      if (invalidNumbers.length === 0) return fields;
      const message = t('dashboard.groupEditor.wholeNumber');
      problem.show({
        code: 'INVALID_INPUT',
        message: t('error.INVALID_INPUT', { count: invalidNumbers.length }),
        field: null,
        problems: invalidNumbers.map((field) => ({ field, code: 'NOT_WHOLE_NUMBER', message })),
      });
      return null;
    },
    reset(next, stored) {
      setValues(next);
      setBase(stored);
      setSlugWritten(true);
      setTextLanguages((shown) => union(shown, textLanguagesOf(next, defaultLanguage), defaultLanguage));
    },
    saved(stored, sent) {
      setValues((current) => (sameValue(fieldsFromForm(current).fields, sent) ? formFromFields(stored) : current));
      setBase(stored);
      setSlugWritten(true);
    },
  };
}
