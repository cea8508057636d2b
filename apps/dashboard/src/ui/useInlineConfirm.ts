import { useEffect, useRef, useState, type RefObject } from 'react';

/** Where the focus goes while a button asks first: to the question, and back to the button. */
export interface ConfirmFocus<Q extends HTMLElement, B extends HTMLElement> {
  /** The question: it takes the focus when asked. */
  readonly questionRef: RefObject<Q | null>;
  /** The button that asks: the focus comes back to it when the question goes. */
  readonly buttonRef: RefObject<B | null>;
}

export interface InlineConfirm<Q extends HTMLElement, B extends HTMLElement> extends ConfirmFocus<Q, B> {
  /** The question is being asked in place of the button. */
  readonly confirming: boolean;
  ask(): void;
  cancel(): void;
}

/**
 * The focus of a question asked in place of its button, for a `confirming` kept elsewhere (a row
 * of a list whose parent knows which row asks): it moves to the question, and back to the button
 * when the question goes (cancelled, Escape, refused), unless `focusElsewhere` (what was done is
 * said and focused instead).
 */
export function useConfirmFocus<Q extends HTMLElement, B extends HTMLElement = HTMLButtonElement>(confirming: boolean, focusElsewhere = false): ConfirmFocus<Q, B> {
  const questionRef = useRef<Q>(null);
  const buttonRef = useRef<B>(null);
  const wasConfirming = useRef(confirming);

  useEffect(() => {
    if (wasConfirming.current !== confirming && !focusElsewhere) (confirming ? questionRef.current : buttonRef.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming, focusElsewhere]);

  return { questionRef, buttonRef };
}

/** A button that asks first, inline (archiving, removing a role), with its focus as useConfirmFocus moves it. */
export function useInlineConfirm<Q extends HTMLElement, B extends HTMLElement = HTMLButtonElement>(focusElsewhere = false): InlineConfirm<Q, B> {
  const [confirming, setConfirming] = useState(false);
  const focus = useConfirmFocus<Q, B>(confirming, focusElsewhere);
  return { ...focus, confirming, ask: () => setConfirming(true), cancel: () => setConfirming(false) };
}
