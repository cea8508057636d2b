import { useLocale } from '../../i18n/useLocale';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/TextField';
import { fieldId, type FormBinding } from './formBinding';
import { GroupSelectField } from './GroupSelectField';
import type { NamedOption, VenueOption } from './useGroupFormOptions';
import { formatOptions } from './vocabularyOptions';

export interface PlaceFieldsetProps {
  readonly form: FormBinding;
  /** The organisation's venues; null when they could not be listed (the choice is then left as it is). */
  readonly venues: readonly VenueOption[] | null;
  readonly municipalities: readonly NamedOption[];
}

/** Where the group meets: in person at a venue in a municipality, online by a link, or both. */
export function PlaceFieldset({ form, venues, municipalities }: PlaceFieldsetProps) {
  const { t } = useLocale();
  // Archived venues are not offered, but the one the group still meets at stays, said to be archived.
  const venueOptions = venues
    ?.filter(({ id, archived }) => !archived || id === form.values.venueId)
    .map(({ id, name, archived }) => ({ value: id, label: archived ? t('dashboard.groupEditor.venueId.archived', { venue: name }) : name }));
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.place')}</legend>
      <GroupSelectField form={form} field="format" options={formatOptions(t)} />
      {venueOptions ? (
        <GroupSelectField
          form={form}
          field="venueId"
          hint={t('dashboard.groupEditor.venueId.hint')}
          placeholder={t('dashboard.groupEditor.venueId.none')}
          options={venueOptions}
        />
      ) : null}
      <GroupSelectField
        form={form}
        field="municipalityId"
        hint={t('dashboard.groupEditor.municipalityId.hint')}
        placeholder={t('dashboard.groupEditor.municipalityId.none')}
        options={municipalities.map(({ id, name }) => ({ value: id, label: name }))}
      />
      <TextField
        id={fieldId('onlineJoinUrl')}
        label={t('dashboard.groupEditor.field.onlineJoinUrl')}
        hint={t('dashboard.groupEditor.onlineJoinUrl.hint')}
        name="onlineJoinUrl"
        type="url"
        autoComplete="off"
        value={form.values.onlineJoinUrl}
        onChange={(value) => form.set('onlineJoinUrl', value)}
        error={form.problemAt('onlineJoinUrl')}
      />
      <CheckboxField
        id={fieldId('onlineJoinOnRequest')}
        label={t('dashboard.groupEditor.field.onlineJoinOnRequest')}
        name="onlineJoinOnRequest"
        checked={form.values.onlineJoinOnRequest}
        onChange={(checked) => form.set('onlineJoinOnRequest', checked)}
        error={form.problemAt('onlineJoinOnRequest')}
      />
    </fieldset>
  );
}
