import { useLocale } from '../../i18n/useLocale';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ORGANISATION_ITSELF, type GroupListFilter } from './groupList';
import type { NamedOption } from './useGroupFormOptions';
import { enrolmentOptions } from './vocabularyOptions';

export interface GroupListFiltersProps {
  readonly filter: GroupListFilter;
  readonly units: readonly NamedOption[];
  readonly onChange: (filter: GroupListFilter) => void;
}

/** Finding a group in the list: words of its name or address, its unit, its joining state, archived ones too. */
export function GroupListFilters({ filter, units, onChange }: GroupListFiltersProps) {
  const { t } = useLocale();
  return (
    <div className="group-list__filters" role="search" aria-label={t('dashboard.groupList.filters')}>
      <TextField
        label={t('dashboard.groupList.search')}
        hint={t('dashboard.groupList.search.hint')}
        name="groupSearch"
        type="search"
        autoComplete="off"
        value={filter.search}
        onChange={(search) => onChange({ ...filter, search })}
      />
      <SelectField
        label={t('dashboard.groupList.unit')}
        name="groupUnit"
        value={filter.unit}
        placeholder={t('dashboard.groupList.unit.all')}
        options={[{ value: ORGANISATION_ITSELF, label: t('dashboard.groupEditor.unitId.none') }, ...units.map(({ id, name }) => ({ value: id, label: name }))]}
        onChange={(unit) => onChange({ ...filter, unit })}
      />
      <SelectField
        label={t('dashboard.groupList.enrolment')}
        name="groupEnrolment"
        value={filter.enrolment}
        placeholder={t('dashboard.groupList.enrolment.all')}
        options={enrolmentOptions(t)}
        onChange={(enrolment) => onChange({ ...filter, enrolment: enrolment as GroupListFilter['enrolment'] })}
      />
      <CheckboxField
        label={t('dashboard.groupList.showArchived')}
        name="groupShowArchived"
        checked={filter.showArchived}
        onChange={(showArchived) => onChange({ ...filter, showArchived })}
      />
    </div>
  );
}
