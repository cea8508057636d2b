import { useId } from 'react';
import { useLocale } from '../i18n/useLocale';
import type { InlineConfirm } from './useInlineConfirm';

export interface InlineQuestionProps {
  /** The asking, from useInlineConfirm: the question takes the focus, Escape cancels. */
  readonly confirm: InlineConfirm<HTMLParagraphElement, HTMLButtonElement>;
  /** "Archive “Kulturhuset”?" */
  readonly question: string;
  /** "Yes, archive it" */
  readonly confirmLabel: string;
  /** While the answer is on its way: the yes does nothing, yet keeps the focus (aria-disabled). */
  readonly busy: boolean;
  readonly onConfirm: () => void;
}

/** A question asked in place of the button that asked it (archiving a venue, deleting an embed): yes, or cancel. */
export function InlineQuestion({ confirm, question, confirmLabel, busy, onConfirm }: InlineQuestionProps) {
  const { t } = useLocale();
  const questionId = useId();
  return (
    <div className="role-removal" role="group" aria-labelledby={questionId} onKeyDown={confirm.onKeyDown}>
      <p id={questionId} ref={confirm.questionRef} tabIndex={-1} className="role-removal__question form__intro">
        {question}
      </p>
      <button type="button" className="button button--small button--danger" aria-disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={confirm.cancel}>
        {t('dashboard.cancel')}
      </button>
    </div>
  );
}
