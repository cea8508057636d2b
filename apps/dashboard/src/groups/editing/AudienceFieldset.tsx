import { useLocale } from '../../i18n/useLocale';
import type { FormBinding } from './formBinding';
import { GroupCheckboxGroup } from './GroupCheckboxGroup';
import { GroupSelectField } from './GroupSelectField';
import { ageBandOptions, audienceOptions, topicOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** Whom the group is for: its topics, the people it serves and their ages. */
export function AudienceFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.audience')}</legend>
      <GroupCheckboxGroup form={form} field="topics" options={topicOptions(t)} />
      <GroupSelectField form={form} field="audience" options={audienceOptions(t)} />
      <GroupSelectField form={form} field="ageBand" options={ageBandOptions(t)} placeholder={t('dashboard.groupEditor.notGiven')} />
      <div className="field-row">
        <WholeNumberField form={form} field="ageMin" />
        <WholeNumberField form={form} field="ageMax" />
      </div>
    </fieldset>
  );
}
