import { useLocale } from '../../i18n/useLocale';
import { TextField } from '../../ui/TextField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import { GroupSelectField } from './GroupSelectField';
import { enrolmentOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** Whether and how newcomers can join: the state, the sizes and places, and until when it is paused. */
export function EnrolmentFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.enrolment')}</legend>
      <GroupSelectField form={form} field="enrolment" options={enrolmentOptions(t)} />
      <WholeNumberField form={form} field="formingMinimum" hint={t('dashboard.groupEditor.formingMinimum.hint')} />
      <div className="field-row">
        <WholeNumberField form={form} field="sizeMin" />
        <WholeNumberField form={form} field="sizeMax" />
        <WholeNumberField form={form} field="placesLeft" />
      </div>
      <TextField
        id={fieldId('pausedUntil')}
        label={fieldLabel(t, 'pausedUntil')}
        hint={t('dashboard.groupEditor.pausedUntil.hint')}
        name="pausedUntil"
        type="date"
        value={form.values.pausedUntil}
        onChange={(value) => form.set('pausedUntil', value)}
        error={form.problemAt('pausedUntil')}
      />
    </fieldset>
  );
}
