import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormAlert } from '../ui/FormAlert';
import { InlineQuestion } from '../ui/InlineQuestion';
import { useFormProblem } from '../ui/useFormProblem';
import { useInlineConfirm } from '../ui/useInlineConfirm';

export interface ConfirmedRemovalProps {
  /** What the button does, in full: "Remove the role Editor for … from Anna Berg". */
  readonly label: string;
  /** The same, asked before it is done. */
  readonly question: string;
  /** The button's short text, and the answer that does it. */
  readonly button: string;
  readonly confirm: string;
  readonly busy: boolean;
  /** Does it: resolves with the API's answer, or rejects. */
  readonly remove: () => Promise<unknown>;
  /** Called once it is done, to say so where the focus can go (this button goes with what it removed). */
  readonly onRemoved: () => void;
}

/**
 * Removing something (a role, an invitation): the button asks first, inline. The focus moves to the
 * question, and back to the button when cancelled (Escape too) or refused; why it was refused (such
 * as the last admin of an organisation) is said beside it.
 */
export function ConfirmedRemoval({ label, question, button, confirm: confirmLabel, busy, remove, onRemoved }: ConfirmedRemovalProps) {
  const confirm = useInlineConfirm<HTMLParagraphElement>();
  const form = useFormProblem({ fields: [] });

  async function removeIt() {
    if (busy) return;
    const { problem } = await form.send(remove);
    confirm.cancel();
    if (!problem) onRemoved();
  }

  return (
    <>
      {confirm.confirming ? (
        <InlineQuestion confirm={confirm} question={question} confirmLabel={confirmLabel} busy={busy} onConfirm={() => void removeIt()} />
      ) : (
        <button ref={confirm.buttonRef} type="button" className="button button--small button--quiet" aria-label={label} onClick={confirm.ask}>
          {button}
        </button>
      )}
      <FormAlert form={form} />
    </>
  );
}

/**
 * What was removed last, said where the focus goes, since the removed thing's button is gone:
 * `notice` to show above the list, `say` to call from onRemoved.
 */
export function useRemovalNotice(): { notice: ReactNode; say(message: string): void } {
  const [said, setSaid] = useState<{ readonly message: string; readonly count: number } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said) ref.current?.focus();
  }, [said]);
  return {
    notice: said ? (
      <p key={said.count} ref={ref} tabIndex={-1} className="notice section__status">
        {said.message}
      </p>
    ) : null,
    say: (message) => setSaid((previous) => ({ message, count: (previous?.count ?? 0) + 1 })),
  };
}
