import type { MessageValues } from '@groupfinder/translations';
import type { ValidationOptions } from 'class-validator';
import type { ErrorCode } from './errors';

/** Ties a class-validator constraint to the error code (and message values) the caller gets. */
export function validationCode(code: ErrorCode, values?: MessageValues): ValidationOptions {
  return { context: { code, values } };
}
