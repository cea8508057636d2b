import { useLocale } from '../../i18n/useLocale';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SelectField } from '../../ui/SelectField';
import { fieldId, type FormBinding } from './formBinding';
import type { GroupFormValues } from './groupFields';
import { ageBandOptions, audienceOptions, topicOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** Whom the group is for: its topics, the people it serves and their ages. */
export function AudienceFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.audience')}</legend>
      <CheckboxGroup
        id={fieldId('topics')}
        legend={t('dashboard.groupEditor.field.topics')}
        name="topics"
        options={topicOptions(t)}
        values={form.values.topics}
        onChange={(topics) => form.set('topics', topics as GroupFormValues['topics'])}
        error={form.problemAt('topics')}
      />
      <SelectField
        id={fieldId('audience')}
        label={t('dashboard.groupEditor.field.audience')}
        name="audience"
        value={form.values.audience}
        options={audienceOptions(t)}
        onChange={(value) => form.set('audience', value as GroupFormValues['audience'])}
        error={form.problemAt('audience')}
      />
      <SelectField
        id={fieldId('ageBand')}
        label={t('dashboard.groupEditor.field.ageBand')}
        name="ageBand"
        value={form.values.ageBand}
        placeholder={t('dashboard.groupEditor.notGiven')}
        options={ageBandOptions(t)}
        onChange={(value) => form.set('ageBand', value as GroupFormValues['ageBand'])}
        error={form.problemAt('ageBand')}
      />
      <div className="field-row">
        <WholeNumberField form={form} field="ageMin" />
        <WholeNumberField form={form} field="ageMax" />
      </div>
    </fieldset>
  );
}
