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
] as const;

/** A message the widget may use: anything else is a type error, since the bundle would not have it. */
export type WidgetMessageKey = Extract<MessageKey, `${(typeof WIDGET_MESSAGE_PREFIXES)[number]}${string}`>;

/** `translate` as the widget's components get it: bound to the widget's language and messages. */
export type WidgetTranslate = (key: WidgetMessageKey, values?: MessageValues) => string;

export function isWidgetMessage(key: string): boolean {
  return WIDGET_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}
