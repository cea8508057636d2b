import type { Language as TextLanguage } from '@groupfinder/domain';
import { useState } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { ScheduleEditor, type ScheduleProblemMessage } from '../../schedule/ScheduleEditor';
import { fieldId, type FormBinding } from './formBinding';

export interface GroupScheduleFieldsetProps {
  readonly form: FormBinding;
  readonly languages: readonly TextLanguage[];
  readonly defaultTimeZone: string;
  /** The API's problems with the schedule, relative to it ('rrule', 'exdates[0]'). */
  readonly problems: readonly ScheduleProblemMessage[];
}

/** When the group meets, in the schedule editor. */
export function GroupScheduleFieldset({ form, languages, defaultTimeZone, problems }: GroupScheduleFieldsetProps) {
  const { t } = useLocale();
  // One moment for the page's life, so that the preview is not worked out again on every key typed.
  const [now] = useState(() => new Date());
  return (
    // Focusable from the summary of problems, for a problem of the schedule's.
    <fieldset id={fieldId('schedule')} className="form-section" tabIndex={-1}>
      <legend className="form-section__legend">{t('dashboard.groupEditor.field.schedule')}</legend>
      <ScheduleEditor
        value={form.values.schedule}
        onChange={(schedule) => form.set('schedule', schedule)}
        languages={languages}
        defaultTimeZone={defaultTimeZone}
        now={now}
        problems={problems}
      />
    </fieldset>
  );
}
