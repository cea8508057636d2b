import { CONSENT_VERSION, groupMessageProblems, joinRequestProblems, type ContactKind, type JoinRequestKind } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { toLanguageEnum } from './format';
import type { AskToJoinInput, WriteToGroupInput } from './gql/graphql';
import type { WidgetMessageKey, WidgetTranslate } from './messages';
import { GraphQLRequestError } from './request';

/** What the form sends: a request to join (the waiting list, an intake conversation), or a message to the group. */
export type FormKind = JoinRequestKind | 'MESSAGE';

/** The form to ask to join, or to write to a group, as the visitor fills it in. */
export interface JoinDraft {
  alias: string;
  contactKind: ContactKind;
  contact: string;
  message: string;
  consent: boolean;
  /** The field people do not see: robots fill it in. */
  website: string;
}

export const EMPTY_DRAFT: JoinDraft = { alias: '', contactKind: 'EMAIL', contact: '', message: '', consent: false, website: '' };

/** The fields a visitor fills in, named as the API names their problems. */
export const JOIN_FIELDS = ['alias', 'contact', 'message', 'consentVersion'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];

/** What is wrong at each field, in words to show there. */
export type FieldErrors = Partial<Record<JoinField, string>>;

/**
 * The API's own check (joinRequestProblems, groupMessageProblems), run before sending, in the API's
 * words (`error.<CODE>`, as its locale plugin writes them): the first problem of each field.
 */
export function checkDraft(t: WidgetTranslate, draft: JoinDraft, kind: FormKind): FieldErrors {
  const errors: FieldErrors = {};
  // The version the widget's consent text has: the one sent is JoinForm.consentVersion (toInput).
  const consentVersion = draft.consent ? CONSENT_VERSION : null;
  const problems =
    kind === 'MESSAGE' ? groupMessageProblems({ ...fields(draft), message: draft.message, consentVersion }) : joinRequestProblems({ ...fields(draft), consentVersion });
  for (const { field, code, values } of problems) {
    if (field === 'contactKind' || errors[field]) continue;
    errors[field] = t(`error.${code}` satisfies WidgetMessageKey, values);
  }
  return errors;
}

function fields(draft: JoinDraft) {
  return { alias: draft.alias, contactKind: draft.contactKind, contact: draft.contact, message: draft.message.trim() === '' ? null : draft.message };
}

export interface JoinFormFacts {
  groupSlug: string;
  kind: FormKind;
  formToken: string;
  consentVersion: string;
  locale: Locale;
}

/** What askToJoin or writeToGroup is sent, but the idempotency key (JoinSubmission adds it). */
export type FormInput = Omit<AskToJoinInput, 'idempotencyKey'> | Omit<WriteToGroupInput, 'idempotencyKey'>;

export function toInput(draft: JoinDraft, facts: JoinFormFacts): FormInput {
  const common = {
    groupSlug: facts.groupSlug,
    ...fields(draft),
    // Sent only when ticked: the version of the text the visitor agreed to.
    consentVersion: draft.consent ? facts.consentVersion : null,
    // The errors and every later message come in the widget's language.
    language: toLanguageEnum(facts.locale),
    formToken: facts.formToken,
    website: draft.website === '' ? null : draft.website,
  };
  return facts.kind === 'MESSAGE' ? { ...common, message: draft.message } : { ...common, kind: facts.kind };
}

/** What became of a submission. */
export type SendOutcome =
  /** Always the same answer: it never tells whether the person asked before. */
  | { kind: 'received' }
  /** Problems at the fields, in the API's words. */
  | { kind: 'invalid'; errors: FieldErrors }
  /** The form's token is older than 24 hours: a new one is needed before sending again. */
  | { kind: 'expired' }
  /** Refused for a reason the visitor can act on (FORM_TOO_FAST, TOO_MANY_ATTEMPTS, JOIN_NOT_OFFERED…), in the API's words. */
  | { kind: 'refused'; message: string }
  /** The network or the server failed: nothing to say but to try again. */
  | { kind: 'failed' };

const FIELD_NAMES = new Set<string>(JOIN_FIELDS);

export function outcomeOf(error: unknown): SendOutcome {
  if (!(error instanceof GraphQLRequestError) || error.code === undefined || ['NETWORK_ERROR', 'BAD_RESPONSE', 'INTERNAL_SERVER_ERROR'].includes(error.code)) return { kind: 'failed' };
  if (error.code === 'FORM_EXPIRED') return { kind: 'expired' };
  const atFields = error.problems.filter((problem) => FIELD_NAMES.has(problem.field));
  if (error.code === 'INVALID_INPUT' && atFields.length > 0) {
    const errors: FieldErrors = {};
    for (const problem of atFields) errors[problem.field as JoinField] ??= problem.message;
    return { kind: 'invalid', errors };
  }
  return { kind: 'refused', message: error.message };
}

/**
 * A UUID for a filled-in form. `crypto.randomUUID` exists only on https pages (and localhost); a
 * municipality's page on plain http gets the same kind of key from `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One filled-in form on its way: its idempotency key is made once and sent with every try (a retry
 * after a failure, a second click), so that the API keeps one request however often it arrives; a
 * submit while one is on its way gets that one's answer instead of sending again.
 */
export class JoinSubmission {
  private key: string | undefined;
  private pending: Promise<SendOutcome> | undefined;

  constructor(
    private readonly send: (input: FormInput & { idempotencyKey: string }) => Promise<unknown>,
    private readonly newKey: () => string = newIdempotencyKey,
  ) {}

  get sending(): boolean {
    return this.pending !== undefined;
  }

  submit(input: FormInput): Promise<SendOutcome> {
    if (this.pending) return this.pending;
    this.key ??= this.newKey();
    const pending = this.send({ ...input, idempotencyKey: this.key }).then(
      (): SendOutcome => ({ kind: 'received' }),
      (error: unknown) => outcomeOf(error),
    );
    this.pending = pending;
    void pending.then(() => {
      this.pending = undefined;
    });
    return pending;
  }
}
