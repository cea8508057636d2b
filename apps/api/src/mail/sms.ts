import type { Country } from '@groupfinder/domain';
import { formatLongDate, translate, type Locale, type MessageKey } from '@groupfinder/translations';
import { normalisePhone } from '../privacy/normalise';

/**
 * Texts ready for SMS (issue 11), handed to a gateway outside the product by one HTTP webhook:
 * `POST <SMS_URL>` with JSON `{ "to": "<E.164>", "text": "<text>" }` and, when configured, an
 * `Authorization` header (SMS_AUTHORIZATION). Any 2xx answer means accepted. The local mail
 * catcher takes the same request (`POST /sms`), so development and tests read texts as they read mail.
 *
 * A text shows on a locked phone in full, so none names a group or an organisation (that tells of
 * an addiction or a grief): the link in the confirmation shows which group it is.
 */

/** What each kind of text needs; the text is `sms.<template>` in the catalog. */
export interface SmsTemplates {
  /** To a visitor who asked to join a group: `link` shows where the request stands and withdraws it (requestLink, as in the mail). */
  joinConfirmation: { link: string };
  /** To a person whose request the organisation accepted. */
  joinAccepted: Record<string, never>;
  /** To a person on a group's waiting list when the group starts taking people. */
  groupOpened: Record<string, never>;
  /** To a person on a group's waiting list when the group ends or is archived; `deletedOn` ('YYYY-MM-DD'): the day their request is deleted by. */
  groupEnded: { deletedOn: string };
  /** To the visitor who wrote to a group, once it was passed on; `days` until it is deleted. */
  groupMessageReceipt: { days: number };
}
export type SmsTemplate = keyof SmsTemplates;

export type SmsMessage = {
  [T in SmsTemplate]: {
    /** The number as the person wrote it. */
    to: string;
    /** Where a number written without its country code is: the group's country. */
    country: Country;
    locale: Locale;
    template: T;
    values: SmsTemplates[T];
  };
}[SmsTemplate];

export interface SmsSender {
  /** Hands one text to the gateway; throws an SmsNotSentError, which names neither the number nor the text. */
  send(message: SmsMessage): Promise<void>;
}

/** The longest text a template may give, its link included: two SMS parts at most in GSM-7, and short enough to read on a lock screen. */
export const SMS_MAX_LENGTH = 300;

/** A gateway answers this fast or not at all: the text is given up, never tried again (it could arrive twice). */
export const SMS_TIMEOUT_MS = 5000;

/**
 * Sending failed. Holds a code and nothing about the text: INVALID_NUMBER (not a number a text
 * can go to), TIMEOUT, the connection's code (ECONNREFUSED, ENOTFOUND, …), HTTP_<status> for an
 * answer that is not 2xx, or UNKNOWN.
 */
export class SmsNotSentError extends Error {
  constructor(readonly reason: string) {
    super(`The text could not be sent (${reason})`);
    this.name = 'SmsNotSentError';
  }
}

export interface SmsSenderOptions {
  /** SMS_URL: http(s), no credentials in it. */
  url: string;
  /** SMS_AUTHORIZATION: the Authorization header's value, such as `Bearer …`. */
  authorization?: string;
  timeoutMs?: number;
}

export function createSmsSender({ url, authorization, timeoutMs = SMS_TIMEOUT_MS }: SmsSenderOptions): SmsSender {
  return {
    async send(message) {
      const to = smsNumber(message.to, message.country);
      if (!to) throw new SmsNotSentError('INVALID_NUMBER');
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ to, text: renderSms(message) }),
          // A redirect would carry the number, the text and the credentials somewhere not configured.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // fetch's own errors can quote the address it was sent to: keep only the code.
        throw new SmsNotSentError(codeOf(error));
      }
      // Whatever the gateway answered is not read (it may repeat the number); the connection is freed.
      await response.body?.cancel().catch(() => undefined);
      if (!response.ok) throw new SmsNotSentError(`HTTP_${response.status}`);
    },
  };
}

/** The text in its language, with the values filled in: plain text, one paragraph. */
export function renderSms(message: SmsMessage): string {
  const values: Record<string, string | number> = message.template === 'groupEnded' ? { deletedOn: formatLongDate(message.values.deletedOn, message.locale) } : { ...message.values };
  return translate(message.locale, `sms.${message.template}` satisfies MessageKey, values).trim();
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A number in E.164 (`+4512345678`), as a gateway takes it, or null when it cannot be one:
 * normalised as everywhere else (normalisePhone), one written without its country code taken to be
 * in `country` (the group's).
 */
export function smsNumber(written: string, country: Country): string | null {
  const normalised = normalisePhone(written, country);
  return E164.test(normalised) ? normalised : null;
}

function codeOf(error: unknown): string {
  // AbortSignal.timeout's DOMException (not always an Error of this realm).
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  // Node's fetch fails with a TypeError whose cause holds the connection's code.
  const cause = typeof error === 'object' && error !== null && 'cause' in error && error.cause !== undefined ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'UNKNOWN';
}
