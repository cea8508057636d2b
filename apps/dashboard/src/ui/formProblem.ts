import { CombinedGraphQLErrors } from '@apollo/client';

/** What went wrong with a form, said in the reader's language, and the field it is about, if any. */
export interface FormProblem {
  /** The API's `extensions.code`, or NETWORK when the API could not be reached. */
  readonly code: string;
  readonly message: string;
  /** The form field's `name`, or null for a problem with the form as a whole. */
  readonly field: string | null;
  /** INVALID_INPUT: each problem at its field (`slug`, `name.da`, `schedule.exdates[0]`), in the reader's language. */
  readonly problems?: readonly FieldProblemMessage[];
  /** The values the API said the message with, such as the current `version` of a CONFLICT. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** One field's problem, as the API explained it. */
export interface FieldProblemMessage {
  /** The field's path in the input: `sizeMax`, `name.da`, `schedule.pauses[1]`. */
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

function fieldProblems(value: unknown): FieldProblemMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((problem: unknown): FieldProblemMessage[] => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { field, code, message } = problem as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, code: typeof code === 'string' ? code : 'UNKNOWN', message }] : [];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface FormProblemOptions {
  /** The names of the form's fields. */
  readonly fields: readonly string[];
  /** Errors that are about one field though the API does not name it (SLUG_TAKEN → slug). */
  readonly fieldsByCode?: Readonly<Record<string, string>>;
  /** Said when the API gave no message of its own, as when it could not be reached. */
  readonly fallback: string;
}

/**
 * Reads a failed request as a problem to show. The API translates its messages (Accept-Language)
 * and names the invalid input fields in `extensions.fields` (`input.email` or `email`).
 */
export function formProblem(error: unknown, { fields, fieldsByCode = {}, fallback }: FormProblemOptions): FormProblem {
  const [first] = CombinedGraphQLErrors.is(error) ? error.errors : [];
  if (!first) return { code: 'NETWORK', message: fallback, field: null };
  const extensions = first.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN';
  const named = Array.isArray(extensions['fields'])
    ? extensions['fields'].filter((field): field is string => typeof field === 'string').map((field) => field.split('.').at(-1) ?? field)
    : [];
  const field = [fieldsByCode[code], ...named].find((candidate): candidate is string => !!candidate && fields.includes(candidate)) ?? null;
  const problems = fieldProblems(extensions['problems']);
  const values = extensions['values'];
  return {
    code,
    message: first.message || fallback,
    field,
    ...(problems.length > 0 ? { problems } : {}),
    ...(isRecord(values) ? { values } : {}),
  };
}
