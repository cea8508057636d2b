import type { Role } from '@groupfinder/domain';
import { dateTimeFormat, formatLongDate, intlLocale, translate, type Locale, type MessageKey } from '@groupfinder/translations';
import nodemailer from 'nodemailer';

/** What each kind of mail needs; the texts are `mail.<template>.subject` and `.body` in the catalog. */
export interface MailTemplates {
  invitation: {
    /** The inviting person's name. */
    inviter: string;
    organisation: string;
    /** Named in the recipient's language. */
    role: Role;
    link: string;
    expires: Date;
  };
  passwordReset: { link: string; expires: Date };
  /** `link` leads to where a new password can be chosen, for when it was not the owner. */
  passwordChanged: { changedAt: Date; link: string };
  /** To a person who switched their second factor off; `link` leads to a new password, for when it was not them. */
  secondFactorOff: { changedAt: Date; link: string };
  /** To a person whose second factor an administrator (`by`, by name) reset; `link` leads to the dashboard, to sign in and set one up again. */
  secondFactorReset: { by: string; changedAt: Date; link: string };
  /** To a visitor who asked to join a group: `link` shows where the request stands and withdraws it. */
  joinConfirmation: { group: string; link: string };
  /** To a person whose request the organisation accepted. No link: only the person's own confirmation holds theirs. */
  joinAccepted: { group: string; organisation: string };
  /** To a person on a group's waiting list when the group starts taking people. */
  groupOpened: { group: string; organisation: string };
  /** To a person on a group's waiting list when the group ends or is archived; `deletedOn` ('YYYY-MM-DD'): the day their request is deleted by. */
  groupEnded: { group: string; organisation: string; deletedOn: string };
  /** To the admins of a forming group's organisation and unit when as many have signed up as it needs; `link` leads to the group in the dashboard. */
  formingReached: { group: string; minimum: number; link: string };
  /** A visitor's message to a group (writeToGroup), to the group's contact: who wrote, how to answer them, what they wrote, and in how many days it is deleted. */
  groupMessage: { group: string; alias: string; contact: string; message: string; days: number };
  /** To the visitor who wrote to a group, once it was passed on: no link, nothing to do. */
  groupMessageReceipt: { group: string; days: number };
}
export type MailTemplate = keyof MailTemplates;

export type MailMessage = {
  [T in MailTemplate]: { to: string; locale: Locale; template: T; values: MailTemplates[T] };
}[MailTemplate];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailerOptions {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. */
  smtpUrl: string;
  /** The From header: `groupfinder <no-reply@example.org>`. */
  from: string;
  /** The zone in which times in mails are written; Copenhagen unless given (the Nordic and Polish zones share its clock). */
  timeZone?: string;
}

export interface Mailer {
  /** Sends one mail; throws a MailNotSentError, which names neither the address nor the content. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Sending failed. Holds the transport's code (ECONNECTION, EAUTH, EENVELOPE, …) and nothing about the mail. */
export class MailNotSentError extends Error {
  constructor(readonly reason: string) {
    super(`The mail could not be sent (${reason})`);
    this.name = 'MailNotSentError';
  }
}

export function createMailer({ smtpUrl, from, timeZone = 'Europe/Copenhagen' }: MailerOptions): Mailer {
  // No pool: a few mails an hour, and a new connection survives a restarted SMTP server.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    logger: false,
    debug: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      const { subject, text, html } = renderMail(message, timeZone);
      let rejected: unknown[];
      try {
        const info = await transport.sendMail({
          from,
          // An address object is never split at commas into several recipients.
          to: { name: '', address: message.to },
          subject,
          text,
          html,
          headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': message.locale },
        });
        rejected = info.rejected;
      } catch (error) {
        // The transport's own message can quote the address or the server's reply to it: keep only the code.
        throw new MailNotSentError(codeOf(error));
      }
      if (rejected.length > 0) throw new MailNotSentError('EENVELOPE');
    },
    close: () => transport.close(),
  };
}

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNKNOWN';
}

/** Subject, text and HTML of a mail in its language, with the values filled in. */
export function renderMail(message: MailMessage, timeZone = 'Europe/Copenhagen'): RenderedMail {
  const { locale } = message;
  const values = textValues(message, timeZone);
  const subject = translate(locale, `mail.${message.template}.subject` satisfies MessageKey, values).replace(/\s+/g, ' ').trim();
  const body = translate(locale, `mail.${message.template}.body` satisfies MessageKey, values);
  const footer = translate(locale, 'mail.footer');
  const text = `${body}\n\n-- \n${footer}\n`;
  const link = 'link' in message.values ? escapeHtml(message.values.link) : null;
  const paragraphs = [...body.split(/\n{2,}/), footer].map((paragraph) => {
    const html = escapeHtml(paragraph);
    return `<p>${(link ? html.replaceAll(link, `<a href="${link}">${link}</a>`) : html).replaceAll('\n', '<br>\n')}</p>`;
  });
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">
${paragraphs.join('\n')}
</body>
</html>
`;
  return { subject, text, html };
}

function textValues(message: MailMessage, timeZone: string): Record<string, string | number> {
  const when = (date: Date) => formatDateTime(date, message.locale, timeZone);
  switch (message.template) {
    case 'invitation': {
      const { inviter, organisation, role, link, expires } = message.values;
      return { inviter, organisation, role: translate(message.locale, `role.${role}`), link, expires: when(expires) };
    }
    case 'passwordReset':
      return { link: message.values.link, expires: when(message.values.expires) };
    case 'passwordChanged':
    case 'secondFactorOff':
      return { link: message.values.link, changedAt: when(message.values.changedAt) };
    case 'secondFactorReset':
      return { by: message.values.by, link: message.values.link, changedAt: when(message.values.changedAt) };
    case 'joinConfirmation':
      return { group: message.values.group, link: message.values.link };
    case 'joinAccepted':
    case 'groupOpened':
      return { group: message.values.group, organisation: message.values.organisation };
    case 'groupEnded':
      return { group: message.values.group, organisation: message.values.organisation, deletedOn: formatLongDate(message.values.deletedOn, message.locale) };
    case 'formingReached':
      return { group: message.values.group, minimum: message.values.minimum, link: message.values.link };
    case 'groupMessage': {
      const { group, alias, contact, message: text, days } = message.values;
      return { group, alias, contact, message: text, days };
    }
    case 'groupMessageReceipt':
      return { group: message.values.group, days: message.values.days };
  }
}

/** "5. november 2026 kl. 14.30 CET": a time with its zone, since the reader may be anywhere. */
function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
