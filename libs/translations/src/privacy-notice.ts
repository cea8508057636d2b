import { CONSENT_VERSION, RETENTION } from '@groupfinder/domain';
import type { MessageKey } from './catalog';
import type { Locale } from './locales';
import { translate } from './translate';

/** What only the organisation knows: the API's JoinForm gives both. */
export interface PrivacyNoticeFacts {
  /** The name of the group's organisation: it decides what happens with what a visitor sends. */
  controller: string;
  /** Its retention time: days after a request's last change (within RETENTION's bounds). */
  retentionDays: number;
  /** Whether a phone number gets its confirmation by text message: the number then goes to the SMS service too. */
  confirmsByText: boolean;
}

/** What the form sends: a request to join (kept while the organisation works on it), or a message to a group (kept until passed on). */
export type PrivacyNoticePurpose = 'request' | 'message';

export interface PrivacyNotice {
  title: string;
  parts: { heading: string; text: string }[];
}

type Part = 'what' | 'why' | 'controller' | 'howLong' | 'protection' | 'rights';

/**
 * The privacy notice beside the form to ask to join or to write to a group (GDPR Art. 13), written
 * from the numbers the code keeps to (RETENTION, CONSENT_VERSION) and the organisation's own: what
 * is stored, why, who is responsible, how long, how it is protected, and the person's rights.
 * Pure, so that the widget and the dashboard say the same.
 */
export function privacyNotice(locale: Locale, { controller, retentionDays, confirmsByText }: PrivacyNoticeFacts, purpose: PrivacyNoticePurpose = 'request'): PrivacyNotice {
  const part = (name: Part, values?: Record<string, string | number>) => {
    const key = purpose === 'message' && name !== 'controller' ? (`joining.privacy.message.${name}` as const) : (`joining.privacy.${name}` as const);
    // A text message passes the number to the SMS service, and brings the link to phones too.
    const byText = confirmsByText && (name === 'protection' || (name === 'rights' && purpose === 'request'));
    return { heading: translate(locale, `joining.privacy.${name}.heading`), text: translate(locale, byText ? (`${key}.byText` as MessageKey) : key, values) };
  };
  return {
    title: translate(locale, 'joining.privacy.title'),
    parts: [
      part('what', { version: CONSENT_VERSION }),
      part('why'),
      part('controller', { controller }),
      purpose === 'message' ? part('howLong', { days: RETENTION.messageAfterDeliveryDays }) : part('howLong', { days: retentionDays, afterEnd: RETENTION.afterGroupEndsDays }),
      part('protection', { controller }),
      part('rights', { controller }),
    ],
  };
}

/** The consent a visitor ticks, in the version CONSENT_VERSION names. */
export function consentText(locale: Locale, controller: string): string {
  return translate(locale, 'joining.consent', { controller });
}
