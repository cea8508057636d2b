import { useLocale } from '../i18n/useLocale';
import { formatDateTime } from './formatDateTime';

/** A moment from the API, written for the reader, machine-readable in <time datetime>. */
export function DateTime({ value }: { readonly value: unknown }) {
  const { locale } = useLocale();
  return <time dateTime={String(value)}>{formatDateTime(value, locale)}</time>;
}
