import { isLocale } from '@groupfinder/translations';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';

/**
 * A root field's `locale` argument overrides Accept-Language for the whole response, so that
 * labels and error messages come in the language the caller asked for.
 */
export const localeFromArguments: MiddlewareFn<Context> = ({ args, context, info }, next) => {
  const locale: unknown = args['locale'];
  if (info.path.prev === undefined && isLocale(locale)) context.request.locale = locale;
  return next();
};
