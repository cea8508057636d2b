import { useContext } from 'react';
import { LocaleContext, type LocaleValue } from './LocaleContext';

/** The current locale and its `t`. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
