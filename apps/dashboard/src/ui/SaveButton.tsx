import { useLocale } from '../i18n/useLocale';

export interface SaveButtonProps {
  readonly label: string;
  /** While the save is on its way: the button says so and does nothing, yet keeps the focus (aria-disabled). */
  readonly saving: boolean;
}

/** The submit button of a form that saves a record. */
export function SaveButton({ label, saving }: SaveButtonProps) {
  const { t } = useLocale();
  return (
    <button type="submit" className="button" aria-disabled={saving}>
      {saving ? t('dashboard.saving') : label}
    </button>
  );
}
