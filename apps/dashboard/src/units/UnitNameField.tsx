import { LIMITS } from '@groupfinder/domain';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';

export interface UnitNameFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

/** A unit's name, as it is typed when adding the unit and when renaming it. */
export function UnitNameField({ value, onChange, error }: UnitNameFieldProps) {
  const { t } = useLocale();
  return <TextField label={t('dashboard.unit.name')} name="name" autoComplete="off" required maxLength={LIMITS.nameMaxLength} value={value} onChange={onChange} error={error} />;
}
