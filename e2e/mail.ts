import { expect, type APIRequestContext } from '@playwright/test';

// Mail the API sent, read from the local mail catcher that `npm start` runs (see playwright.config.ts).
// Journeys run in parallel: give each its own recipient and read only that recipient's mail.

const MAIL_URL = process.env.MAIL_URL ?? 'http://localhost:1080';

/** One caught mail, as the catcher's JSON API gives it. */
export interface Mail {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  /** The http(s) links of the text body, in order. */
  links: string[];
  receivedAt: string;
}

/** The newest mail to `to` (with this subject, when given), waiting until one arrives. */
export async function readMail(request: APIRequestContext, to: string, { subject, timeoutMs = 10_000 }: { subject?: string | RegExp; timeoutMs?: number } = {}): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_URL}/messages`, { params: { to } });
        const mails = (await response.json()) as Mail[];
        found = mails.find((mail) => subject === undefined || (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject)));
        return found !== undefined;
      },
      { message: 'a mail arrives for the recipient', timeout: timeoutMs },
    )
    .toBe(true);
  return found as Mail;
}

/** Forgets the mail to `to`, so that the next readMail waits for a new one. */
export async function deleteMail(request: APIRequestContext, to: string): Promise<void> {
  const response = await request.delete(`${MAIL_URL}/messages`, { params: { to } });
  expect(response.status()).toBe(204);
}
