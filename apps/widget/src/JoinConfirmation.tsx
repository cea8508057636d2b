import type { ContactKind } from '@groupfinder/domain';
import { useEffect, useRef } from 'react';
import type { FormKind } from './join-form';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';

interface JoinConfirmationProps {
  kind: FormKind;
  contactKind: ContactKind;
  /** The organisation that will get in touch. */
  controller: string;
  /** Whether a phone number gets the link by text message. */
  confirmsByText: boolean;
  t: WidgetTranslate;
  headingLevel: HeadingLevel;
}

/**
 * In the form's place once it is received: what happens next, and what the visitor gets by e-mail
 * (the link to see and withdraw a request; a receipt for a message). The same whether the visitor
 * asked before or not. Focus moves to its heading, so that a screen reader reads it and a keyboard
 * goes on from there.
 */
export function JoinConfirmation({ kind, contactKind, controller, confirmsByText, t, headingLevel }: JoinConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => heading.current?.focus(), []);

  const email = contactKind === 'EMAIL';
  const lines =
    kind === 'MESSAGE'
      ? [t('widget.write.done.next'), email ? t('widget.write.done.email') : null]
      : [
          t(kind === 'WAITING_LIST' ? 'widget.join.done.next.WAITING_LIST' : 'widget.join.done.next.INTAKE', { controller }),
          email ? t('widget.join.done.email') : confirmsByText ? t('widget.join.done.phone.byText') : t('widget.join.done.phone', { controller }),
        ];
  return (
    <div className="gf-join__done">
      <Heading className="gf-join__done-title" tabIndex={-1} ref={heading}>
        {t(kind === 'MESSAGE' ? 'widget.write.done.title' : 'widget.join.done.title')}
      </Heading>
      {lines.map((line) => line && <p key={line}>{line}</p>)}
    </div>
  );
}
