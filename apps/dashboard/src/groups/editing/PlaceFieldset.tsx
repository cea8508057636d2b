import { useLocale } from '../../i18n/useLocale';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { fieldId, type FormBinding } from './formBinding';
import type { GroupFormValues } from './groupFields';
import type { NamedOption, VenueOption } from './useGroupFormOptions';
import { formatOptions } from './vocabularyOptions';

export interface PlaceFieldsetProps {
  readonly form: FormBinding;
  /** The organisation's venues; null when they could not be listed (the choice is then left as it is). */
  readonly venues: readonly VenueOption[] | null;
  readonly municipalities: readonly NamedOption[];
}

const asOptions = (items: readonly NamedOption[]) => items.map(({ id, name }) => ({ value: id, label: name }));

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
      <SelectField
        id={fieldId('format')}
        label={t('dashboard.groupEditor.field.format')}
        name="format"
        value={form.values.format}
        options={formatOptions(t)}
        onChange={(value) => form.set('format', value as GroupFormValues['format'])}
        error={form.problemAt('format')}
      />
      {venueOptions ? (
        <SelectField
          id={fieldId('venueId')}
          label={t('dashboard.groupEditor.field.venueId')}
          hint={t('dashboard.groupEditor.venueId.hint')}
          name="venueId"
          value={form.values.venueId}
          placeholder={t('dashboard.groupEditor.venueId.none')}
          options={venueOptions}
          onChange={(value) => form.set('venueId', value)}
          error={form.problemAt('venueId')}
        />
      ) : null}
      <SelectField
        id={fieldId('municipalityId')}
        label={t('dashboard.groupEditor.field.municipalityId')}
        hint={t('dashboard.groupEditor.municipalityId.hint')}
        name="municipalityId"
        value={form.values.municipalityId}
        placeholder={t('dashboard.groupEditor.municipalityId.none')}
        options={asOptions(municipalities)}
        onChange={(value) => form.set('municipalityId', value)}
        error={form.problemAt('municipalityId')}
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
