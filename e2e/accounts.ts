import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type Role } from '@groupfinder/domain';
import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { CLOCK_NOW } from './clock';
import { readMail } from './mail';

// People for the account journeys: the demo platform admin, and new people invited in each run,
// each with an address of their own so that parallel journeys and reruns never meet.

const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
export const DASHBOARD_URL = process.env.DASHBOARD_URL ?? 'http://localhost:4200';

/** The demo data's platform admin (README, "Sign in to the demo"). */
export const PLATFORM_ADMIN = { ...demoAccount('PLATFORM_ADMIN'), password: DEMO_PASSWORD };
/** The demo data's municipality editor, of Gladsaxe. */
export const MUNICIPALITY_EDITOR = { ...demoAccount('MUNICIPALITY_EDITOR'), password: DEMO_PASSWORD };

function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`The demo data has no ${role}`);
  return account;
}

/** The invented organisation the demo admins work in, and its unit "Selvhjælp Lyngby". */
export const DEMO_ORGANISATION = { slug: 'demo-selvhjaelp-danmark', name: 'Selvhjælp Danmark (demo)' };
export const DEMO_UNIT_NAME = 'Selvhjælp Lyngby';

/** A few letters that make this run's names and addresses its own. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Whether a name was made by a journey (it ends in a uniqueSuffix): journeys running alongside change what they make. */
export function madeByAJourney(name: string): boolean {
  return /[0-9a-z]{8}[0-9a-f]{6}$/.test(name);
}

export interface Person {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** Somebody new, not yet invited: long passwords on no list of common ones. */
export function newPerson(name: string, label: string): Person {
  const suffix = uniqueSuffix();
  return { name, email: `${label}-${suffix}@example.org`, password: `blå cykel ved havnen ${suffix}` };
}

/**
 * The six digits an authenticator app shows for `secret` at the API's clock (CLOCK_NOW), or the
 * step before or after it (`steps` -1 or 1), which the API accepts too. Each step's code works once.
 */
export function totp(secret: string, steps: -1 | 0 | 1 = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(new Date(CLOCK_NOW).getTime() / 1000) + steps * 30 });
}

/** Another browser, as another person (or the same person elsewhere) would use: Danish, at the journeys' moment. */
export async function openBrowser(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(CLOCK_NOW));
  return { context, page };
}

/**
 * One person's conversation with the API, as setup for a journey: a request context of its own,
 * whose cookie jar keeps the person's session cookie.
 */
export class ApiSession {
  private constructor(private readonly api: APIRequestContext) {}

  static async open(): Promise<ApiSession> {
    return new ApiSession(await playwrightRequest.newContext({ extraHTTPHeaders: { 'Accept-Language': 'da' } }));
  }

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.api.post(API_URL, { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  async signIn(person: Pick<Person, 'email' | 'password'>): Promise<void> {
    await this.query(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email: person.email, password: person.password } });
  }

  /** Ends this session, so that the person's list of sessions shows only the browsers of the journey. */
  async signOut(): Promise<void> {
    await this.query(`mutation { signOut }`);
  }

  close(): Promise<void> {
    return this.api.dispose();
  }
}

/**
 * Setup through the API: the platform admin invites `person` to be an organisation admin of the
 * demo organisation (or the one of `organisationSlug`), and the person accepts from the mail.
 * Returns the person's signed-in session.
 */
export async function organisationAdminInvitedByPlatformAdmin(
  mail: APIRequestContext,
  person: Person,
  organisationSlug: string = DEMO_ORGANISATION.slug,
): Promise<ApiSession> {
  const admin = await ApiSession.open();
  await admin.signIn(PLATFORM_ADMIN);
  const { organisation } = await admin.query<{ organisation: { id: string } }>(`query ($slug: String!) { organisation(slug: $slug) { id } }`, {
    slug: organisationSlug,
  });
  await admin.query(`mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
    input: { email: person.email, role: 'ORGANISATION_ADMIN', organisationId: organisation.id, locale: 'DA' },
  });
  await admin.close();

  const invitation = await readMail(mail, person.email);
  const token = new URLSearchParams(new URL(invitation.links[0] ?? '').hash.split('?')[1]).get('token');
  const self = await ApiSession.open();
  await self.query(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
    input: { token, name: person.name, password: person.password },
  });
  return self;
}

/**
 * Switches two-step sign-in on for the session's person, confirmed with the code of CLOCK_NOW's
 * step: sign in afterwards with `totp(secret, 1)` or `totp(secret, -1)`. Returns the app's secret and the recovery codes.
 */
export async function switchOnSecondFactor(session: ApiSession): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { startSecondFactorEnrolment } = await session.query<{ startSecondFactorEnrolment: { secret: string } }>(
    `mutation { startSecondFactorEnrolment { secret } }`,
  );
  const { confirmSecondFactor } = await session.query<{ confirmSecondFactor: { codes: string[] } }>(
    `mutation ($input: ConfirmSecondFactorInput!) { confirmSecondFactor(input: $input) { codes } }`,
    { input: { code: await totp(startSecondFactorEnrolment.secret) } },
  );
  return { secret: startSecondFactorEnrolment.secret, recoveryCodes: confirmSecondFactor.codes };
}

/** Fills in the sign-in form as a person types it and sends it. */
export async function submitSignIn(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('E-mail', { exact: true }).fill(person.email);
  await main.getByLabel('Adgangskode', { exact: true }).fill(person.password);
  await main.getByRole('button', { name: 'Log ind' }).click();
}

/** Signs in on the dashboard's sign-in page with e-mail and password; the account page opens. */
export async function signInOnDashboard(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  await page.goto(`${DASHBOARD_URL}/#/sign-in`);
  await submitSignIn(page, person);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
}

/**
 * Signs in with two-step sign-in: the password first, then the API asks for the code, whose field
 * appears with the focus; the account page opens.
 */
export async function signInWithCodeOnDashboard(page: Page, person: Pick<Person, 'email' | 'password'>, code: string): Promise<void> {
  await page.goto(`${DASHBOARD_URL}/#/sign-in`);
  await submitSignIn(page, person);
  const main = page.getByRole('main');
  const codeField = main.getByRole('textbox', { name: 'Kode fra din godkendelsesapp eller en gendannelseskode' });
  await expect(codeField).toBeFocused();
  await codeField.fill(code);
  await main.getByRole('button', { name: 'Log ind' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
}
