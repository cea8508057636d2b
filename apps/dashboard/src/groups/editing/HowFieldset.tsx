import { useLocale } from '../../i18n/useLocale';
import type { FormBinding } from './formBinding';
import { GroupCheckboxGroup } from './GroupCheckboxGroup';
import { GroupSelectField } from './GroupSelectField';
import { methodOptions, promiseOptions, spokenLanguageOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** How the group works: the languages spoken, its method, what it promises and who holds the meetings. */
export function HowFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.how')}</legend>
      <GroupCheckboxGroup form={form} field="languages" options={spokenLanguageOptions(t)} />
      <GroupSelectField form={form} field="method" options={methodOptions(t)} placeholder={t('dashboard.groupEditor.notGiven')} />
      <GroupCheckboxGroup form={form} field="promises" options={promiseOptions(t)} />
      <div className="field-row">
        <WholeNumberField form={form} field="facilitatorCount" hint={t('dashboard.groupEditor.facilitatorCount.hint')} required />
        <WholeNumberField form={form} field="starterMeetings" hint={t('dashboard.groupEditor.starterMeetings.hint')} />
      </div>
    </fieldset>
  );
}
