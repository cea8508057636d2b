import { useLocale } from '../../i18n/useLocale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { UnsavedChanges } from './useUnsavedChanges';

/** Asks whether to leave the page without saving, when the reader follows a link with changes not saved. */
export function UnsavedChangesDialog({ changes }: { readonly changes: UnsavedChanges }) {
  const { t } = useLocale();
  return (
    <ConfirmDialog
      open={changes.leavingTo !== null}
      title={t('dashboard.groupEditor.unsaved.title')}
      message={t('dashboard.groupEditor.unsaved.message')}
      confirmLabel={t('dashboard.groupEditor.unsaved.leave')}
      cancelLabel={t('dashboard.groupEditor.unsaved.stay')}
      onConfirm={changes.leave}
      onCancel={changes.stay}
    />
  );
}
