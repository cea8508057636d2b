import { LOCALES } from '@groupfinder/translations';
import { startMailCatcher, type CaughtMessage, type MailCatcher } from './mail-catcher';
import { createMailer, MailNotSentError, renderMail, type Mailer, type MailMessage } from './mailer';

const FROM = 'groupfinder <no-reply@groupfinder.localhost>';
// 14:30 in Copenhagen in winter, 22:00 in Warsaw in summer: the zone is written out.
const WINTER = new Date('2026-11-05T13:30:00Z');
const SUMMER = new Date('2026-07-01T20:00:00Z');

let catcher: MailCatcher;
let mailer: Mailer;

beforeAll(async () => {
  catcher = await startMailCatcher();
  mailer = createMailer({ smtpUrl: catcher.smtpUrl, from: FROM });
});

afterAll(async () => {
  mailer.close();
  await catcher.stop();
});

beforeEach(() => catcher.clear());

function invitation(to: string, organisation = 'Sorggruppen Lyngby'): MailMessage {
  return {
    to,
    locale: 'da',
    template: 'invitation',
    values: { inviter: 'Mette Jensen', organisation, role: 'EDITOR', link: 'http://localhost:4200/invitation?token=abc123', expires: WINTER },
  };
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, catcher.inboxUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

describe('mail through a real SMTP server', () => {
  it('delivers a Danish invitation with the inviter, organisation, role, link and expiry filled in', async () => {
    await mailer.send(invitation('ny.redaktoer@example.dk'));

    const mail = await catcher.waitForMessage({ to: 'ny.redaktoer@example.dk', timeoutMs: 5000 });
    expect(mail.subject).toBe('Mette Jensen har inviteret dig til Sorggruppen Lyngby');
    expect(mail.from).toBe('"groupfinder" <no-reply@groupfinder.localhost>');
    expect(mail.to).toEqual(['ny.redaktoer@example.dk']);
    expect(mail.text).toBe(
      [
        'Mette Jensen har inviteret dig til Sorggruppen Lyngby på groupfinder.',
        'Din rolle: Redaktør',
        '',
        'Tag imod invitationen her:',
        'http://localhost:4200/invitation?token=abc123',
        '',
        'Linket kan bruges én gang og gælder indtil den 5. november 2026 kl. 14.30 CET.',
        '',
        'Hvis du ikke havde regnet med invitationen, kan du se bort fra denne e-mail.',
        '',
        '-- ',
        'Denne e-mail er sendt automatisk af groupfinder. Svar på den bliver ikke læst.',
        '',
      ].join('\n'),
    );
    expect(mail.links).toEqual(['http://localhost:4200/invitation?token=abc123']);
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.html).toContain('<title>Mette Jensen har inviteret dig til Sorggruppen Lyngby</title>');
    expect(mail.html).toContain('<a href="http://localhost:4200/invitation?token=abc123">http://localhost:4200/invitation?token=abc123</a>');
  });

  it('delivers a Polish password reset, its expiry in summer time', async () => {
    await mailer.send({ to: 'anna@example.pl', locale: 'pl', template: 'passwordReset', values: { link: 'http://localhost:4200/reset?token=xyz', expires: SUMMER } });

    const mail = await catcher.waitForMessage({ to: 'anna@example.pl', subject: 'Resetowanie hasła', timeoutMs: 5000 });
    expect(mail.text).toBe(
      [
        'Ktoś poprosił o zresetowanie hasła dla tego adresu e-mail.',
        '',
        'Ustaw nowe hasło tutaj:',
        'http://localhost:4200/reset?token=xyz',
        '',
        'Link jest jednorazowy i ważny do 1 lipca 2026 22:00 CEST.',
        '',
        'Jeśli to nie Ty, zignoruj tę wiadomość. Twoje hasło pozostanie bez zmian.',
        '',
        '-- ',
        'Ta wiadomość została wysłana automatycznie przez groupfinder. Odpowiedzi na nią nie są czytane.',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<html lang="pl">');
  });

  it('tells the owner in Swedish that the password was changed, and where to go if it was not them', async () => {
    await mailer.send({ to: 'erik@example.se', locale: 'sv', template: 'passwordChanged', values: { changedAt: WINTER, link: 'http://localhost:4200/forgot-password' } });

    const mail = await catcher.waitForMessage({ to: 'erik@example.se', timeoutMs: 5000 });
    expect(mail.subject).toBe('Ditt lösenord har ändrats');
    expect(mail.text).toContain('Lösenordet till ditt konto ändrades den 5 november 2026 kl. 14:30 CET.');
    expect(mail.links).toEqual(['http://localhost:4200/forgot-password']);
  });

  it('sends exactly one recipient, even when the address holds a comma', async () => {
    await expect(mailer.send(invitation('a@example.dk, b@example.dk'))).rejects.toThrow(MailNotSentError);
    expect(catcher.messages()).toEqual([]);
  });

  it('fails with a message that names neither the recipient nor the content when the server cannot be reached', async () => {
    const stopped = await startMailCatcher();
    await stopped.stop();
    const unreachable = createMailer({ smtpUrl: stopped.smtpUrl, from: FROM });

    const error = await unreachable.send(invitation('hemmelig@example.dk')).catch((thrown: unknown) => thrown);
    unreachable.close();

    expect(error).toBeInstanceOf(MailNotSentError);
    expect((error as Error).message).toBe('The mail could not be sent (ESOCKET)');
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toMatch(/hemmelig|Mette|token/);
  });
});

describe('every mail in every language', () => {
  const messages: Extract<MailMessage, { values: { link: string } }>[] = [
    invitation('x@example.org') as Extract<MailMessage, { template: 'invitation' }>,
    { to: 'x@example.org', locale: 'da', template: 'passwordReset', values: { link: 'http://localhost:4200/reset?token=r', expires: WINTER } },
    { to: 'x@example.org', locale: 'da', template: 'passwordChanged', values: { link: 'http://localhost:4200/forgot-password', changedAt: WINTER } },
    { to: 'x@example.org', locale: 'da', template: 'secondFactorOff', values: { link: 'http://localhost:4200/#/forgot-password', changedAt: WINTER } },
    { to: 'x@example.org', locale: 'da', template: 'secondFactorReset', values: { by: 'Mette Jensen', link: 'http://localhost:4200', changedAt: WINTER } },
  ];

  it.each(LOCALES.flatMap((locale) => messages.map((message) => [locale, message.template, { ...message, locale }] as const)))(
    '%s %s has a subject, the link and the time, and no placeholder left',
    (_locale, _template, message) => {
      const { subject, text, html } = renderMail(message);
      expect(subject).not.toBe('');
      expect(text).toContain(message.values.link);
      expect(text).toMatch(/2026/);
      expect(`${subject}${text}`).not.toMatch(/[{}]/);
      expect(html).toContain(`<a href="${message.values.link}">`);
    },
  );
});

describe('the mails about a queue, in every language', () => {
  const group = 'Sorggruppen Lyngby';
  const organisation = 'Frivilligcenter Lyngby';
  const toPeople: MailMessage[] = [
    { to: 'x@example.org', locale: 'da', template: 'joinAccepted', values: { group, organisation } },
    { to: 'x@example.org', locale: 'da', template: 'groupOpened', values: { group, organisation } },
    { to: 'x@example.org', locale: 'da', template: 'groupEnded', values: { group, organisation, deletedOn: '2026-12-27' } },
  ];
  const toAdmins: MailMessage = { to: 'x@example.org', locale: 'da', template: 'formingReached', values: { group, minimum: 6, link: 'http://localhost:4200/#/groups/g1' } };

  it.each(LOCALES.flatMap((locale) => toPeople.map((message) => [locale, message.template, { ...message, locale }] as const)))(
    '%s %s names the group and the organisation in its text, not in its subject (which a locked phone shows), links nowhere, and has no placeholder left',
    (_locale, _template, message) => {
      const { subject, text, html } = renderMail(message);
      expect(text).toContain(group);
      expect(subject).not.toContain(group);
      expect(text).toContain(organisation);
      expect(`${subject}${text}`).not.toMatch(/[{}]/);
      expect(html).not.toContain('<a ');
    },
  );

  it.each([
    ['da', '27. december 2026'],
    ['sv', '27 december 2026'],
    ['nb', '27. desember 2026'],
    ['pl', '27 grudnia 2026'],
    ['en', '27 December 2026'],
  ] as const)('%s groupEnded says the day the request is deleted by, in words (%s)', (locale, day) => {
    expect(renderMail({ to: 'x@example.org', locale, template: 'groupEnded', values: { group, organisation, deletedOn: '2026-12-27' } }).text).toContain(day);
  });

  it.each(LOCALES)('%s formingReached names the group and the minimum, links to it, and has no placeholder left', (locale) => {
    const { subject, text, html } = renderMail({ ...toAdmins, locale });
    expect(subject).toContain(group);
    expect(text).toMatch(/\b6\b/);
    expect(`${subject}${text}`).not.toMatch(/[{}]/);
    expect(html).toContain('<a href="http://localhost:4200/#/groups/g1">');
  });
});

describe('the inbox over HTTP', () => {
  it('lists mail newest first as JSON, for one recipient or all, and DELETE clears it', async () => {
    await mailer.send(invitation('first@example.dk'));
    await catcher.waitForMessage({ to: 'first@example.dk', timeoutMs: 5000 });
    await mailer.send(invitation('Second@Example.dk'));
    await catcher.waitForMessage({ to: 'second@example.dk', timeoutMs: 5000 });

    expect((await getJson<CaughtMessage[]>('messages')).map((mail) => mail.to)).toEqual([['Second@example.dk'], ['first@example.dk']]);
    const [forSecond] = await getJson<CaughtMessage[]>('messages?to=SECOND%40example.dk');
    expect(forSecond).toMatchObject({ subject: 'Mette Jensen har inviteret dig til Sorggruppen Lyngby', links: ['http://localhost:4200/invitation?token=abc123'] });
    expect(await getJson<CaughtMessage>(`messages/${forSecond?.id}`)).toEqual(forSecond);

    expect((await fetch(new URL('messages?to=second%40example.dk', catcher.inboxUrl), { method: 'DELETE' })).status).toBe(204);
    expect((await getJson<CaughtMessage[]>('messages')).map((mail) => mail.to)).toEqual([['first@example.dk']]);
    expect((await fetch(new URL('messages', catcher.inboxUrl), { method: 'DELETE' })).status).toBe(204);
    expect(await getJson<CaughtMessage[]>('messages')).toEqual([]);
    expect(catcher.messages()).toEqual([]);
  });

  it('shows an inbox page and each mail with its links clickable, escaping what the mail says', async () => {
    await mailer.send(invitation('page@example.dk', '<b>Sorg & Co</b>'));
    const mail = await catcher.waitForMessage({ to: 'page@example.dk', timeoutMs: 5000 });

    const inbox = await (await fetch(catcher.inboxUrl)).text();
    expect(inbox).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(inbox).toContain('<h1>Mail catcher</h1>');
    expect(inbox).toContain('<th scope="col">Subject</th>');
    expect(inbox).toContain(`<a href="/message/${mail.id}">Mette Jensen har inviteret dig til &#60;b&#62;Sorg &#38; Co&#60;/b&#62;</a>`);
    expect(inbox).not.toContain('<b>Sorg');

    const page = await (await fetch(new URL(`message/${mail.id}`, catcher.inboxUrl))).text();
    expect(page).toContain('<a href="http://localhost:4200/invitation?token=abc123">http://localhost:4200/invitation?token=abc123</a>');
    expect(page).toContain('Linket kan bruges én gang og gælder indtil den 5. november 2026 kl. 14.30 CET.');
    expect((await fetch(new URL('message/no-such-mail', catcher.inboxUrl))).status).toBe(404);
  });

  it('waits for mail that has not arrived yet, and gives up after the timeout', async () => {
    const arriving = catcher.waitForMessage({ to: 'later@example.dk', subject: /inviteret dig/, timeoutMs: 5000 });
    await mailer.send(invitation('later@example.dk'));
    expect((await arriving).to).toEqual(['later@example.dk']);

    await expect(catcher.waitForMessage({ to: 'nobody@example.dk', timeoutMs: 50 })).rejects.toThrow('No matching mail arrived within 50 ms');
  });
});
