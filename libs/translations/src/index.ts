export type { Catalog, MessageKey } from './catalog';
export { CATALOGS, DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, isLocale, negotiateLocale, type Locale } from './locales';
export { translate, translator, type MessageValues, type Translate } from './translate';
export { describePause, describeSchedule, type SummaryOptions } from './schedule-summary';
export { dateTimeFormat, formatLongDate, intlLocale, listFormat, localDateIn, numberFormat } from './intl-formats';
export { consentText, privacyNotice, type PrivacyNotice, type PrivacyNoticeFacts, type PrivacyNoticePurpose } from './privacy-notice';
