import { translate, type Locale } from '@groupfinder/translations';
import type { Response } from 'express';
import type { AppError, ErrorCode } from '../kernel/errors';

/**
 * Sets the status and headers an error of ours carries (503 and Retry-After for an unavailable
 * database), never cached, and gives its code: for answers outside GraphQL.
 */
export function refuse(response: Response, error: AppError, fallbackStatus: number): ErrorCode {
  const http = error.extensions['http'] as { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) response.set(name, value);
  response.status(http?.status ?? fallbackStatus).set('Cache-Control', 'no-store');
  return error.extensions['code'] as ErrorCode;
}

/** Answers an error of ours outside GraphQL (a calendar file, an embed's key) in the API's error shape. */
export function sendError(response: Response, locale: Locale, error: AppError, fallbackStatus: number): void {
  const code = refuse(response, error, fallbackStatus);
  response.json({ errors: [{ message: translate(locale, `error.${code}`), extensions: { code } }] });
}
