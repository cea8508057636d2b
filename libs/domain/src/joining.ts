import type { EnrolmentState } from './vocabularies';

/**
 * Asking to join a group (issue 11). Who asks to join an addiction or grief group reveals health
 * information (GDPR Art. 9): the minimum is asked, and it is kept only as long as below.
 */

/** What a visitor asks for: a place on the waiting list, or an intake conversation first. */
export const JOIN_REQUEST_KINDS = ['WAITING_LIST', 'INTAKE'] as const;
export type JoinRequestKind = (typeof JOIN_REQUEST_KINDS)[number];

/** Where a request stands in the organisation's queue. Withdrawn requests are deleted at once, so there is no such status. */
export const JOIN_REQUEST_STATUSES = ['NEW', 'CONTACTED', 'INTAKE_BOOKED', 'ACCEPTED', 'DECLINED'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** The one way to reach the person they give. */
export const CONTACT_KINDS = ['EMAIL', 'PHONE'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** How a visitor joins a group: just come, ask (to be put on its waiting list, or for an intake conversation), or not at all now. */
export type JoinWay = 'JUST_COME' | JoinRequestKind | 'NONE';

/** What the group's state offers a visitor. `waitingList`: a full or closed group that still takes names. */
export function joinWay(group: { enrolment: EnrolmentState; waitingList: boolean }): JoinWay {
  switch (group.enrolment) {
    case 'OPEN':
      return 'JUST_COME';
    case 'OPEN_AFTER_INTAKE':
      return 'INTAKE';
    case 'FORMING':
      return 'WAITING_LIST';
    case 'FULL':
    case 'CLOSED':
      return group.waitingList ? 'WAITING_LIST' : 'NONE';
    case 'PAUSED':
    case 'ENDED':
      return 'NONE';
  }
}

/** How long what a person sent is kept; the privacy notice is written from these numbers. */
export const RETENTION = {
  /** A request is deleted this many days after its last change, unless its organisation sets another time… */
  requestDefaultDays: 180,
  /** … within these bounds. */
  requestMinDays: 30,
  requestMaxDays: 730,
  /** Requests to a group that ended are deleted this many days after its end. */
  afterGroupEndsDays: 30,
  /** A message to a group is deleted this many days after it was delivered (or could not be). */
  messageAfterDeliveryDays: 7,
} as const;

/** The version of the consent text a visitor agrees to (translations: `joining.consent`); a new text gets a new version. */
export const CONSENT_VERSION = '2026-11-26';

export const JOINING_LIMITS = {
  /** A first name or alias. */
  aliasMaxLength: 60,
  /** What a visitor writes to the group. */
  messageMaxLength: 1000,
  /** The organisation's note on a request (no health details). */
  noteMaxLength: 1000,
  /** An e-mail address (RFC 5321). */
  emailMaxLength: 254,
  /** A phone number as typed, spaces and all. */
  phoneMaxLength: 32,
} as const;

/** What a visitor sends to ask to join, as the form has it. */
export interface JoinRequestFields {
  alias: string;
  contactKind: ContactKind;
  contact: string;
  message: string | null;
  /** The version of the consent text they ticked; null when they did not. */
  consentVersion: string | null;
}

/** One address, as a mail server takes it: no second address after a comma or semicolon, no quoting or angle brackets. */
const EMAIL = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/;
/** Digits with spaces, dashes, dots or brackets between them, and a leading + or 00: what people type. */
const PHONE = /^(\+|00)?[0-9][0-9 ().-]{5,30}$/;
/**
 * Control characters (NUL, escapes) have no place in a name, an address or a message (line breaks
 * do in a message); nor do lone surrogates, which UTF-8, and so the database, cannot hold.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Cs}/u;

export type JoinRequestProblemCode = 'ALIAS_REQUIRED' | 'ALIAS_INVALID' | 'EMAIL_INVALID' | 'PHONE_INVALID' | 'MESSAGE_REQUIRED' | 'MESSAGE_TOO_LONG' | 'MESSAGE_INVALID' | 'CONSENT_REQUIRED';

/** Everything wrong with a request, each at its field; empty when it may be sent. */
export function joinRequestProblems(fields: JoinRequestFields): { field: keyof JoinRequestFields; code: JoinRequestProblemCode; values?: Record<string, number> }[] {
  const problems: ReturnType<typeof joinRequestProblems> = [];
  const alias = fields.alias.trim();
  if (alias === '') problems.push({ field: 'alias', code: 'ALIAS_REQUIRED' });
  else if (alias.length > JOINING_LIMITS.aliasMaxLength || CONTROL.test(alias) || /[\r\n]/.test(alias)) problems.push({ field: 'alias', code: 'ALIAS_INVALID', values: { max: JOINING_LIMITS.aliasMaxLength } });
  const contact = fields.contact.trim();
  if (fields.contactKind === 'EMAIL' && (contact.length > JOINING_LIMITS.emailMaxLength || !EMAIL.test(contact) || CONTROL.test(contact))) problems.push({ field: 'contact', code: 'EMAIL_INVALID' });
  if (fields.contactKind === 'PHONE' && (contact.length > JOINING_LIMITS.phoneMaxLength || !PHONE.test(contact))) problems.push({ field: 'contact', code: 'PHONE_INVALID' });
  if (fields.message !== null) {
    if (fields.message.length > JOINING_LIMITS.messageMaxLength) problems.push({ field: 'message', code: 'MESSAGE_TOO_LONG', values: { max: JOINING_LIMITS.messageMaxLength } });
    else if (CONTROL.test(fields.message)) problems.push({ field: 'message', code: 'MESSAGE_INVALID' });
  }
  if (fields.consentVersion !== CONSENT_VERSION) problems.push({ field: 'consentVersion', code: 'CONSENT_REQUIRED' });
  return problems;
}

export type JoinNoteProblemCode = 'NOTE_TOO_LONG' | 'NOTE_INVALID';

/** What is wrong with an organisation's note on a request (at the field `note`); empty when it may be saved. */
export function joinNoteProblems(note: string): { field: 'note'; code: JoinNoteProblemCode; values?: Record<string, number> }[] {
  if (note.length > JOINING_LIMITS.noteMaxLength) return [{ field: 'note', code: 'NOTE_TOO_LONG', values: { max: JOINING_LIMITS.noteMaxLength } }];
  return CONTROL.test(note) ? [{ field: 'note', code: 'NOTE_INVALID' }] : [];
}

/**
 * Everything wrong with a message to a group ("write to the group"), each at its field: the same
 * fields and rules as a request to join, and the message is required.
 */
export function groupMessageProblems(fields: JoinRequestFields & { message: string }): ReturnType<typeof joinRequestProblems> {
  const problems = joinRequestProblems(fields);
  if (fields.message.trim() !== '') return problems;
  // At its place in the form's order: before the consent.
  const consent = problems.findIndex((problem) => problem.field === 'consentVersion');
  problems.splice(consent === -1 ? problems.length : consent, 0, { field: 'message', code: 'MESSAGE_REQUIRED' });
  return problems;
}
