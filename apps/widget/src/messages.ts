import type { MessageKey, MessageValues } from '@groupfinder/translations';

/**
 * The catalog messages the widget shows, by key prefix. The build keeps only these in the bundle
 * (vite.config.ts): the dashboard's texts, the API's error messages and the schedule phrases the
 * API composes stay out of every municipality's page.
 */
export const WIDGET_MESSAGE_PREFIXES = [
  'widget.',
  'common.',
  'group.',
  'topic.',
  'audience.',
  'ageBand.',
  'format.',
  'weekday.',
  'timeOfDay.',
  'language.',
  // The consent and the privacy notice beside the form to ask to join (privacyNotice).
  'joining.',
] as const;

/**
 * Single messages from elsewhere in the catalog: the form to ask to join checks its fields before
 * sending with the API's own rule (joinRequestProblems), and says each problem in the API's words;
 * its buttons say what the group's call to action says.
 */
export const WIDGET_MESSAGE_KEYS = [
  'error.ALIAS_REQUIRED',
  'error.ALIAS_INVALID',
  'error.EMAIL_INVALID',
  'error.PHONE_INVALID',
  'error.MESSAGE_REQUIRED',
  'error.MESSAGE_TOO_LONG',
  'error.MESSAGE_INVALID',
  'error.CONSENT_REQUIRED',
  'cta.FORMING',
  'cta.OPEN_AFTER_INTAKE',
] as const satisfies readonly MessageKey[];

/** A message the widget may use: anything else is a type error, since the bundle would not have it. */
export type WidgetMessageKey = Extract<MessageKey, `${(typeof WIDGET_MESSAGE_PREFIXES)[number]}${string}`> | (typeof WIDGET_MESSAGE_KEYS)[number];

/** `translate` as the widget's components get it: bound to the widget's language and messages. */
export type WidgetTranslate = (key: WidgetMessageKey, values?: MessageValues) => string;

export function isWidgetMessage(key: string): boolean {
  return WIDGET_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix)) || (WIDGET_MESSAGE_KEYS as readonly string[]).includes(key);
}
