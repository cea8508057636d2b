import { useId, type RefObject } from 'react';
import { useLocale } from '../i18n/useLocale';

export interface InlineQuestionProps {
  /** The question's element (it takes the focus: useConfirmFocus) and what cancels; useInlineConfirm gives both. */
  readonly confirm: { readonly questionRef: RefObject<HTMLParagraphElement | null>; cancel(): void };
  /** "Archive “Kulturhuset”?" */
  readonly question: string;
  /** "Yes, archive it" */
  readonly confirmLabel: string;
  /** "Cancel" unless said otherwise ("Keep my request"). */
  readonly cancelLabel?: string;
  /** While the answer is on its way: the yes does nothing, yet keeps the focus (aria-disabled). */
  readonly busy: boolean;
  readonly onConfirm: () => void;
  /** The buttons' size: small beside a role or in a row of a list, regular where the asking button is of a form's size. */
  readonly size?: 'small' | 'regular';
}

/**
 * A question asked in place of the button that asked it (archiving a venue or a group, deleting an
 * embed or a request, removing a role, erasing a person's data): yes, or cancel (Escape too).
 */
export function InlineQuestion({ confirm, question, confirmLabel, cancelLabel, busy, onConfirm, size = 'small' }: InlineQuestionProps) {
  const { t } = useLocale();
  const questionId = useId();
  const small = size === 'small' ? ' button--small' : '';
  return (
    <div
      className="role-removal"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        confirm.cancel();
      }}
    >
      <p id={questionId} ref={confirm.questionRef} tabIndex={-1} className="role-removal__question form__intro">
        {question}
      </p>
      <button type="button" className={`button${small} button--danger`} aria-disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className={`button${small} button--quiet`} onClick={confirm.cancel}>
        {cancelLabel ?? t('dashboard.cancel')}
      </button>
    </div>
  );
}
