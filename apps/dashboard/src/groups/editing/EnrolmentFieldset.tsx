import { useLocale } from '../../i18n/useLocale';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/TextField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import { GroupSelectField } from './GroupSelectField';
import { enrolmentOptions } from './vocabularyOptions';
import { WholeNumberField } from './WholeNumberField';

/** Whether and how newcomers can join: the state, the sizes and places, a waiting list, and until when it is paused. */
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
      {/* A forming group always takes names, an open one needs none: this is for one that is full or closed. */}
      <CheckboxField
        id={fieldId('waitingList')}
        label={fieldLabel(t, 'waitingList')}
        hint={t('dashboard.groupEditor.waitingList.hint')}
        name="waitingList"
        checked={form.values.waitingList}
        onChange={(checked) => form.set('waitingList', checked)}
        error={form.problemAt('waitingList')}
      />
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
