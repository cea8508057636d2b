import type { MessageKey, MessageValues } from '@groupfinder/translations';
import { GraphQLError } from 'graphql';

/** Every error code has a translated message `error.<CODE>` in every language. */
export type ErrorCode = MessageKey extends infer K ? (K extends `error.${infer Code}` ? Code : never) : never;

/**
 * An error the caller can act on: its code goes to `extensions.code`, and the message is written
 * in the caller's language when the response is sent (see the translate-errors plugin). The
 * values must never hold anything about a person.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, values?: MessageValues) {
    super(code, { extensions: { code, ...(values ? { values } : {}) } });
  }
}
