import { SCHEDULE_PROBLEM_CODES, type FieldProblem, type FieldProblemCode } from '@groupfinder/domain';
import { translate, type Locale, type MessageKey, type MessageValues } from '@groupfinder/translations';
import { GraphQLError } from 'graphql';

/** Every error code has a translated message `error.<CODE>` in every language. */
export type ErrorCode = MessageKey extends infer K ? (K extends `error.${infer Code}` ? Code : never) : never;

/**
 * An error the caller can act on: its code goes to `extensions.code`, and the message is written
 * in the caller's language when the response is sent (see the translate-errors plugin). The
 * values must never hold anything about a person.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, values?: MessageValues, extra?: Record<string, unknown>) {
    super(code, { extensions: { code, ...(values ? { values } : {}), ...extra } });
  }
}

// Every field problem of the domain is an error code with a message (a compile error otherwise).
const fieldProblemsAreErrorCodes: FieldProblemCode extends ErrorCode ? true : never = true;
void fieldProblemsAreErrorCodes;

/**
 * Input refused field by field: `extensions.problems` lists each problem at its field
 * (`schedule.rrule`, `name.da`) with a code and a message in the caller's language. Nothing was changed.
 */
export class InvalidInput extends AppError {
  constructor(problems: readonly InputProblem[]) {
    super('INVALID_INPUT', { count: problems.length }, { problems });
  }
}

/** A problem at one field: the domain's, or one only the API can see (SLUG_TAKEN, VENUE_INVALID). */
export interface InputProblem {
  field: string;
  code: FieldProblem['code'] | ErrorCode;
  values?: MessageValues;
}

/**
 * An error's message in `locale`; never throws, since it runs while an error is being answered: a
 * message whose values are missing comes without them rather than failing the response.
 */
export function errorMessage(locale: Locale, code: string, values?: MessageValues): string {
  try {
    return translate(locale, `error.${code}` as MessageKey, values);
  } catch {
    try {
      return translate(locale, `error.${code}` as MessageKey, new Proxy({}, { get: () => '-' }) as MessageValues);
    } catch {
      return code;
    }
  }
}

const SCHEDULE_CODES = new Set<string>(SCHEDULE_PROBLEM_CODES);

/** A field problem's message: schedule problems have theirs under `scheduleProblem.`, the others under `error.`. */
export function problemMessage(locale: Locale, problem: Pick<InputProblem, 'code' | 'values'>): string {
  const key = SCHEDULE_CODES.has(problem.code) ? `scheduleProblem.${problem.code}` : `error.${problem.code}`;
  return translate(locale, key as MessageKey, problem.values);
}
