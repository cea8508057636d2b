import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface InlineConfirm<Q extends HTMLElement, B extends HTMLElement> {
  /** The question is being asked in place of the button. */
  readonly confirming: boolean;
  ask(): void;
  cancel(): void;
  /** For the question's group: Escape cancels. */
  onKeyDown(event: KeyboardEvent): void;
  /** The question: it takes the focus when asked. */
  readonly questionRef: RefObject<Q | null>;
  /** The button that asks: the focus comes back to it when the question goes. */
  readonly buttonRef: RefObject<B | null>;
}

/**
 * A button that asks first, inline (archiving, removing a role): the focus moves to the question,
 * and back to the button when it goes (cancelled, Escape, refused), unless `focusElsewhere` (what
 * was done is said and focused instead).
 */
export function useInlineConfirm<Q extends HTMLElement, B extends HTMLElement = HTMLButtonElement>(focusElsewhere = false): InlineConfirm<Q, B> {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<Q>(null);
  const buttonRef = useRef<B>(null);
  const wasConfirming = useRef(confirming);

  useEffect(() => {
    if (wasConfirming.current !== confirming && !focusElsewhere) (confirming ? questionRef.current : buttonRef.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming, focusElsewhere]);

  return {
    confirming,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    onKeyDown(event) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setConfirming(false);
    },
    questionRef,
    buttonRef,
  };
}
