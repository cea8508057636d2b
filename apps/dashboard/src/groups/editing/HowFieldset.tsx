import { useLocale } from '../../i18n/useLocale';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { SelectField } from '../../ui/SelectField';
import { fieldId, type FormBinding } from './formBinding';
import type { GroupFormValues } from './groupFields';
import { methodOptions, promiseOptions, spokenLanguageOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** How the group works: the languages spoken, its method, what it promises and who holds the meetings. */
export function HowFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.how')}</legend>
      <CheckboxGroup
        id={fieldId('languages')}
        legend={t('dashboard.groupEditor.field.languages')}
        name="languages"
        options={spokenLanguageOptions(t)}
        values={form.values.languages}
        onChange={(languages) => form.set('languages', languages as GroupFormValues['languages'])}
        error={form.problemAt('languages')}
      />
      <SelectField
        id={fieldId('method')}
        label={t('dashboard.groupEditor.field.method')}
        name="method"
        value={form.values.method}
        placeholder={t('dashboard.groupEditor.notGiven')}
        options={methodOptions(t)}
        onChange={(value) => form.set('method', value as GroupFormValues['method'])}
        error={form.problemAt('method')}
      />
      <CheckboxGroup
        id={fieldId('promises')}
        legend={t('dashboard.groupEditor.field.promises')}
        name="promises"
        options={promiseOptions(t)}
        values={form.values.promises}
        onChange={(promises) => form.set('promises', promises as GroupFormValues['promises'])}
        error={form.problemAt('promises')}
      />
      <div className="field-row">
        <WholeNumberField form={form} field="facilitatorCount" hint={t('dashboard.groupEditor.facilitatorCount.hint')} required />
        <WholeNumberField form={form} field="starterMeetings" hint={t('dashboard.groupEditor.starterMeetings.hint')} />
      </div>
    </fieldset>
  );
}
