import { useLocale } from '../i18n/useLocale';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { RecordKind } from './recordKind';
import type { UnsavedChanges } from './useUnsavedChanges';

export interface UnsavedChangesDialogProps {
  readonly changes: UnsavedChanges;
  /** What is being edited, for the question's words. */
  readonly record: RecordKind;
}

/** Asks whether to leave the page without saving, when the reader follows a link with changes not saved. */
export function UnsavedChangesDialog({ changes, record }: UnsavedChangesDialogProps) {
  const { t } = useLocale();
  return (
    <ConfirmDialog
      open={changes.leavingTo !== null}
      title={t('dashboard.unsaved.title')}
      message={t('dashboard.unsaved.message', { record })}
      confirmLabel={t('dashboard.unsaved.leave')}
      cancelLabel={t('dashboard.unsaved.stay')}
      onConfirm={changes.leave}
      onCancel={changes.stay}
    />
  );
}
