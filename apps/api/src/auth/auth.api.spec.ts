import { DEMO_ACCOUNTS, DEMO_PASSWORD, LIMITS, type Role } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { generate } from 'otplib';
import { GroupEntity } from '../groups/group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { captureOutput, type CapturedOutput } from '../testing/capture-output';
import { startTestApi, TEST_DASHBOARD_URL, TEST_NOW, type GraphQLResponse, type TestApi, type TestBrowser } from '../testing/test-api';
import { AccountTokenEntity } from './account-token.entity';
import { APP_ROLE } from '../database/migrations/1764300000000-accounts';
import { sealPlainSecrets, secretPlace } from './second-factor';
import { generateKeySettings, keyRingOf } from '../privacy/keys';
import { hashToken, newToken } from './session.service';

/** What the API must never write to its log: every address, name, password, token, secret and code of the people below. */
const secrets = new Set<string>();
const remember = <T extends string>(value: T): T => {
  secrets.add(value);
  return value;
};

let output: CapturedOutput;
let api: TestApi;

beforeAll(async () => {
  output = captureOutput();
  api = await startTestApi({ demoAccounts: true });
});

afterAll(async () => {
  await api?.stop();
  output?.stop();
});

afterEach(() => api.setNow(TEST_NOW));

const ME = `id email name secondFactorEnabled secondFactorRequired
  memberships { role roleLabel organisation { slug } unit { name } groupSlug municipality { name } }
  sessions { id current secondFactor createdAt lastSeenAt }`;

interface MeData {
  id: string;
  email: string;
  name: string;
  secondFactorEnabled: boolean;
  secondFactorRequired: boolean;
  memberships: { role: Role; roleLabel: string; organisation: { slug: string } | null; unit: { name: string } | null; groupSlug: string | null; municipality: { name: string } | null }[];
  sessions: { id: string; current: boolean; secondFactor: boolean; createdAt: string; lastSeenAt: string }[];
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { ${ME} } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${ME} } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { email role roleLabel organisationName unitName existingAccount } }`;

function signIn(browser: TestBrowser, email: string, password: string, code?: string): Promise<GraphQLResponse<{ signIn: MeData }>> {
  return browser.query(SIGN_IN, { input: { email, password, ...(code ? { code } : {}) } });
}

async function me(browser: TestBrowser): Promise<MeData | null> {
  const response = await browser.query<{ me: MeData | null }>(`{ me { ${ME} } }`);
  expect(response.errors).toBeUndefined();
  return response.data?.me ?? null;
}

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions.code;
}

let people = 0;

/** A made-up person nobody else in this file uses. */
function newPerson(locale = 'en') {
  people += 1;
  return {
    email: remember(`person${people}.holm-${locale}@example.dk`),
    name: remember(`Astrid Holm Nr ${people}`),
    password: remember(`correct horse battery ${people} staple`),
    locale,
  };
}

/** An invitation as the platform admin's inviteUser stores it: the link's token is returned, only its hash is kept. */
async function invite(email: string, role: Role = 'ORGANISATION_ADMIN', expiresAt = new Date(TEST_NOW.getTime() + 7 * 86_400_000)): Promise<string> {
  const organisation = await api.dataSource.manager.findOneByOrFail(OrganisationEntity, { slug: 'demo-selvhjaelp-danmark' });
  const group = await api.dataSource.manager.findOneByOrFail(GroupEntity, { slug: 'demo-skilsmissegruppe-bagsvaerd' });
  const inviter = DEMO_ACCOUNTS.find((account) => account.role === 'PLATFORM_ADMIN');
  const sentBy = await api.dataSource.manager.findOneByOrFail(UserEntity, { email: inviter?.email ?? '' });
  const token = remember(newToken());
  await api.dataSource.manager.insert(AccountTokenEntity, {
    tokenHash: hashToken(token),
    purpose: 'INVITATION',
    email,
    role,
    organisationId: organisation.id,
    groupId: role === 'EDITOR' ? group.id : null,
    createdBy: sentBy.id,
    expiresAt,
  });
  return token;
}

/** A person with an account (made by accepting an invitation, the one way accounts come about) and a browser signed in as them. */
async function personWithAccount(locale = 'en', role: Role = 'EDITOR') {
  const person = newPerson(locale);
  const browser = api.browser({ 'accept-language': locale });
  const accepted = await browser.query<{ acceptInvitation: MeData }>(ACCEPT, { input: { token: await invite(person.email, role), name: person.name, password: person.password } });
  expect(accepted.errors).toBeUndefined();
  remember(browser.sessionToken ?? '');
  return { ...person, browser, id: accepted.data?.acceptInvitation.id as string };
}

const later = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000);
const totpAt = (secret: string, moment: Date) => generate({ secret, epoch: Math.floor(moment.getTime() / 1000) });

describe('accepting an invitation', () => {
  it('creates the account with the role, signs the new person in, and uses the link up', async () => {
    const person = newPerson('da');
    const token = await invite(person.email, 'ORGANISATION_ADMIN');
    const browser = api.browser({ 'accept-language': 'da' });

    const preview = await browser.query(PREVIEW, { token });
    expect(preview.data).toEqual({
      invitation: { email: person.email, role: 'ORGANISATION_ADMIN', roleLabel: 'Organisationsadministrator', organisationName: 'Selvhjælp Danmark (demo)', unitName: null, existingAccount: false },
    });

    const accepted = await browser.query<{ acceptInvitation: MeData }>(ACCEPT, { input: { token, name: ` ${person.name} `, password: person.password } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({
      email: person.email,
      name: person.name,
      secondFactorEnabled: false,
      secondFactorRequired: false,
      memberships: [{ role: 'ORGANISATION_ADMIN', roleLabel: 'Organisationsadministrator', organisation: { slug: 'demo-selvhjaelp-danmark' }, unit: null, groupSlug: null, municipality: null }],
      sessions: [{ current: true, secondFactor: false, createdAt: TEST_NOW.toISOString(), lastSeenAt: TEST_NOW.toISOString() }],
    });
    expect(browser.sessionToken).toMatch(/^[\w-]{43}$/);
    remember(browser.sessionToken ?? '');
    expect((await me(browser))?.email).toBe(person.email);

    expect((await browser.query(PREVIEW, { token })).data).toEqual({ invitation: null });
    const again = await api.browser().query(ACCEPT, { input: { token, name: 'Someone Else', password: 'another long passphrase' } });
    expect(codeOf(again)).toBe('INVALID_TOKEN');
  });

  it('refuses a weak password or a missing name for a new account, and then changes nothing', async () => {
    const person = newPerson();
    const token = await invite(person.email);
    const accept = (name: string | null, password: string) => api.browser().query(ACCEPT, { input: { token, name, password } });

    const short = await accept(person.name, 'short pass');
    expect(short.errors?.[0]).toMatchObject({ message: `Choose a password of at least ${LIMITS.passwordMinLength} characters. A few words in a row are easy to remember.`, extensions: { code: 'PASSWORD_TOO_SHORT' } });
    expect(codeOf(await accept(person.name, 'Sommer2024!!'))).toBe('PASSWORD_TOO_COMMON');
    expect(codeOf(await accept(person.name, 'qwertyuiop123'))).toBe('PASSWORD_TOO_COMMON');
    expect(codeOf(await accept(person.name, 'x'.repeat(LIMITS.passwordMaxLength + 1)))).toBe('PASSWORD_TOO_LONG');
    expect(codeOf(await accept(null, person.password))).toBe('NAME_INVALID');
    expect((await api.query(PREVIEW, { token })).data).toMatchObject({ invitation: { existingAccount: false } });
  });

  it('asks an existing account for its own password (and nothing else) and adds the role', async () => {
    const person = await personWithAccount('en', 'EDITOR');
    const token = await invite(person.email, 'ORGANISATION_ADMIN');
    expect((await api.query(PREVIEW, { token })).data).toMatchObject({ invitation: { existingAccount: true, role: 'ORGANISATION_ADMIN' } });

    const browser = api.browser();
    const wrong = await browser.query(ACCEPT, { input: { token, password: 'not the password at all' } });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(browser.sessionToken).toBeNull();

    const accepted = await browser.query<{ acceptInvitation: MeData }>(ACCEPT, { input: { token, password: person.password } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.name).toBe(person.name);
    expect(accepted.data?.acceptInvitation.memberships.map((membership) => membership.role)).toEqual(['EDITOR', 'ORGANISATION_ADMIN']);
    expect(accepted.data?.acceptInvitation.memberships[0]?.groupSlug).toBe('demo-skilsmissegruppe-bagsvaerd');
  });

  it('follows an invitation from the admin’s inviteUser through the mail to the new editor’s first sign-in', async () => {
    const admin = api.browser();
    const orgAdmin = DEMO_ACCOUNTS.find((account) => account.role === 'ORGANISATION_ADMIN');
    expect((await signIn(admin, orgAdmin?.email ?? '', DEMO_PASSWORD)).errors).toBeUndefined();
    const group = await api.dataSource.manager.findOneByOrFail(GroupEntity, { slug: 'demo-sorg-efter-tab-kursus-gladsaxe' });
    const person = newPerson('sv');
    api.mail.clear();
    const invited = await admin.query(`mutation ($input: InviteUserInput!) { inviteUser(input: $input) { email role } }`, {
      input: { email: person.email, role: 'EDITOR', groupId: group.id, locale: 'SV' },
    });
    expect(invited).toMatchObject({ data: { inviteUser: { email: person.email, role: 'EDITOR' } } });

    const mail = await api.mail.waitForMessage({ to: person.email });
    const link = mail.links.find((address) => address.startsWith(`${TEST_DASHBOARD_URL}/#/accept-invitation?token=`)) as string;
    const token = remember(new URL(link.replace('/#/', '/')).searchParams.get('token') as string);
    const newcomer = api.browser({ 'accept-language': 'sv' });
    expect((await newcomer.query(PREVIEW, { token })).data).toMatchObject({ invitation: { email: person.email, role: 'EDITOR', roleLabel: 'Redaktör', existingAccount: false } });
    const accepted = await newcomer.query<{ acceptInvitation: MeData }>(ACCEPT, { input: { token, name: person.name, password: person.password } });
    expect(accepted.data?.acceptInvitation.memberships).toEqual([
      { role: 'EDITOR', roleLabel: 'Redaktör', organisation: { slug: 'demo-selvhjaelp-danmark' }, unit: null, groupSlug: group.slug, municipality: null },
    ]);
    expect((await signIn(api.browser(), person.email, person.password)).errors).toBeUndefined();
  });

  it('treats an expired invitation as unknown', async () => {
    const person = newPerson();
    const token = await invite(person.email, 'EDITOR', later(30));
    api.setNow(later(31));
    expect((await api.query(PREVIEW, { token })).data).toEqual({ invitation: null });
    expect(codeOf(await api.browser().query(ACCEPT, { input: { token, name: person.name, password: person.password } }))).toBe('INVALID_TOKEN');
  });
});

describe('signing in', () => {
  it('signs in with the right password, sets the session cookie and answers who is signed in', async () => {
    const person = await personWithAccount();
    const browser = api.browser();
    expect(await me(browser)).toBeNull();
    const response = await signIn(browser, `  ${person.email.toUpperCase()} `, person.password);
    expect(response.errors).toBeUndefined();
    expect(response.data?.signIn).toMatchObject({ id: person.id, email: person.email, name: person.name });
    expect(response.data?.signIn.sessions.filter((session) => session.current)).toHaveLength(1);
    remember(browser.sessionToken ?? '');
    expect(await me(browser)).toMatchObject({ id: person.id, email: person.email });
  });

  it('ends the session a browser had when another person signs in there by accepting an invitation', async () => {
    const first = await personWithAccount();
    const before = first.browser.sessionToken as string;
    expect(before).toBeTruthy();
    const second = newPerson();
    const accepted = await first.browser.query(ACCEPT, { input: { token: await invite(second.email, 'EDITOR'), name: second.name, password: second.password } });
    expect(accepted.errors).toBeUndefined();
    expect((await me(first.browser))?.email).toBe(second.email);
    // The first person's session no longer opens anything, though its cookie was only replaced in this browser.
    const stale = await api.query<{ me: MeData | null }>(`{ me { id } }`, undefined, { cookie: `__Host-groupfinder-session=${before}` });
    expect(stale.data).toEqual({ me: null });
  });

  it('gives the same answer for a wrong password and for an address without an account', async () => {
    const person = await personWithAccount();
    const wrong = api.browser({ 'accept-language': 'sv' });
    const unknown = api.browser({ 'accept-language': 'sv' });
    const wrongAttempts: GraphQLResponse[] = [];
    const unknownAttempts: GraphQLResponse[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      wrongAttempts.push(await signIn(wrong, person.email, 'a wrong password, long enough'));
      unknownAttempts.push(await signIn(unknown, remember(`nobody${attempt}@example.dk`), 'a wrong password, long enough'));
    }
    const answer = (response: GraphQLResponse) => ({ status: response.status, errors: response.errors, data: response.data });
    for (const [index, response] of unknownAttempts.entries()) expect(answer(response)).toEqual(answer(wrongAttempts[index] as GraphQLResponse));
    expect(wrongAttempts[0]?.errors?.[0]).toMatchObject({ message: 'E-postadressen eller lösenordet är fel.', extensions: { code: 'INVALID_CREDENTIALS' } });
    expect(wrong.sessionToken).toBeNull();
    expect(unknown.sessionToken).toBeNull();
    // That an unknown address costs the same hashing (verifyAgainstNobody) is checked in passwords.spec.ts, by the hash's parameters, not timed here.
  });

  it(`stops an account after 5 failed attempts for 15 minutes, even with the right password; a success starts the count again`, async () => {
    const person = await personWithAccount();
    const browser = api.browser({ 'accept-language': 'pl' });
    for (let attempt = 0; attempt < 4; attempt++) expect(codeOf(await signIn(browser, person.email, `wrong password number ${attempt}`))).toBe('INVALID_CREDENTIALS');
    expect((await signIn(browser, person.email, person.password)).errors).toBeUndefined();
    for (let attempt = 0; attempt < 5; attempt++) expect(codeOf(await signIn(browser, person.email, `wrong password again ${attempt}`))).toBe('INVALID_CREDENTIALS');

    const stopped = await signIn(browser, person.email, person.password);
    expect(stopped.errors?.[0]).toMatchObject({ message: 'Zbyt wiele prób. Spróbuj ponownie za 15 minut.', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(stopped.data).toBeNull();
    // Another account from the same browser is not affected.
    const other = await personWithAccount();
    expect((await signIn(api.browser(), other.email, other.password)).errors).toBeUndefined();
  });

  it('stops an address without an account the same way, so that the stop tells nothing either', async () => {
    const nobody = remember('nobody.at.all@example.dk');
    for (let attempt = 0; attempt < 5; attempt++) expect(codeOf(await signIn(api.browser(), nobody, `guess number ${attempt} here`))).toBe('INVALID_CREDENTIALS');
    const stopped = await signIn(api.browser(), nobody, 'guess number 6 here');
    expect(stopped.errors?.[0]).toMatchObject({ message: 'Too many attempts. Try again in 15 minutes.', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
  });
});

describe('sessions', () => {
  it(`ends a session unused for more than 60 minutes, and clears its cookie`, async () => {
    const person = await personWithAccount();
    const browser = api.browser();
    await signIn(browser, person.email, person.password);
    api.setNow(later(59));
    expect((await me(browser))?.sessions.find((session) => session.current)?.lastSeenAt).toBe(later(59).toISOString());
    api.setNow(later(59 + 60));
    expect(await me(browser)).not.toBeNull();
    api.setNow(later(59 + 60 + 61));
    expect(await me(browser)).toBeNull();
    expect(browser.sessionToken).toBeNull();
  });

  it('ends a session 12 hours after sign-in however busy it is, and says when (and the idle time) for the dashboard to warn before', async () => {
    const person = await personWithAccount();
    const browser = api.browser();
    await signIn(browser, person.email, person.password);
    expect((await browser.query(`{ me { sessionIdleMinutes sessionEndsAt } }`)).data).toEqual({ me: { sessionIdleMinutes: 60, sessionEndsAt: later(12 * 60).toISOString() } });
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      api.setNow(later(minutes));
      expect(await me(browser)).not.toBeNull();
    }
    api.setNow(later(12 * 60));
    expect(await me(browser)).toBeNull();
  });

  it('signs out: the cookie is cleared and its token no longer works', async () => {
    const person = await personWithAccount();
    const browser = api.browser();
    await signIn(browser, person.email, person.password);
    const token = browser.sessionToken;
    const signedOut = await browser.query(`mutation { signOut }`);
    expect(signedOut).toMatchObject({ data: { signOut: true } });
    expect(browser.sessionToken).toBeNull();
    expect(await me(browser)).toBeNull();
    const replayed = await api.query<{ me: MeData | null }>(`{ me { id } }`, undefined, { cookie: `__Host-groupfinder-session=${token}` });
    expect(replayed.data).toEqual({ me: null });
    expect(codeOf(await browser.query(`mutation { signOut }`))).toBe('UNAUTHENTICATED');
  });

  it('lists the person’s own sessions, newest first, and ends one of them', async () => {
    const person = await personWithAccount();
    const laptop = api.browser();
    const phone = api.browser();
    api.setNow(later(1));
    await signIn(laptop, person.email, person.password);
    api.setNow(later(5));
    await signIn(phone, person.email, person.password);
    const sessions = (await me(laptop))?.sessions ?? [];
    // The invitation's browser, the laptop and the phone.
    expect(sessions.map((session) => [session.createdAt, session.current])).toEqual([
      [later(5).toISOString(), false],
      [later(1).toISOString(), true],
      [TEST_NOW.toISOString(), false],
    ]);
    const phoneSession = sessions[0]?.id;

    const stranger = await personWithAccount();
    expect(codeOf(await stranger.browser.query(`mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: phoneSession } }))).toBe(
      'NOT_FOUND',
    );
    expect(await me(phone)).not.toBeNull();

    expect(await laptop.query(`mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: phoneSession } })).toMatchObject({
      data: { revokeSession: true },
    });
    expect(await me(phone)).toBeNull();
    expect(await me(laptop)).not.toBeNull();
  });

  it('signs out everywhere: every session of the person ends, this one included', async () => {
    const person = await personWithAccount();
    const other = api.browser();
    await signIn(other, person.email, person.password);
    expect(await person.browser.query(`mutation { signOutEverywhere }`)).toMatchObject({ data: { signOutEverywhere: true } });
    expect(person.browser.sessionToken).toBeNull();
    expect(await me(other)).toBeNull();
    expect(await me(person.browser)).toBeNull();
  });
});

describe('resetting a forgotten password', () => {
  const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
  const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

  async function resetLink(email: string): Promise<string> {
    const mail = await api.mail.waitForMessage({ to: email, subject: /./ });
    api.mail.clear();
    const link = mail.links.find((address) => address.startsWith(`${TEST_DASHBOARD_URL}/#/reset-password?token=`));
    expect(link).toBeDefined();
    return remember(new URL((link as string).replace('/#/', '/')).searchParams.get('token') as string);
  }

  it('mails a single-use link in the person’s language; the new password ends every session and is mailed about', async () => {
    const person = await personWithAccount('da');
    api.mail.clear();
    expect(await api.query(REQUEST, { input: { email: person.email.toUpperCase() } }, { 'accept-language': 'en' })).toMatchObject({ data: { requestPasswordReset: true } });
    const mail = await api.mail.waitForMessage({ to: person.email });
    expect(mail.subject).toBe(translate('da', 'mail.passwordReset.subject'));
    const token = await resetLink(person.email);

    const reset = (password: string) => api.query(RESET, { input: { token, password } }, { 'accept-language': 'nb' });
    expect((await reset('kort')).errors?.[0]).toMatchObject({ message: `Velg et passord på minst ${LIMITS.passwordMinLength} tegn. Noen få ord etter hverandre er lette å huske.`, extensions: { code: 'PASSWORD_TOO_SHORT' } });
    expect((await reset('passord12345')).errors?.[0]).toMatchObject({ message: 'Dette passordet er for vanlig og lett å gjette. Velg et annet.', extensions: { code: 'PASSWORD_TOO_COMMON' } });
    const newPassword = remember('a brand new passphrase for Astrid');
    expect(await reset(newPassword)).toMatchObject({ data: { resetPassword: true } });

    const notice = await api.mail.waitForMessage({ to: person.email, subject: translate('da', 'mail.passwordChanged.subject') });
    expect(notice.links).toContain(`${TEST_DASHBOARD_URL}/#/forgot-password`);
    expect(await me(person.browser)).toBeNull();
    expect(codeOf(await signIn(api.browser(), person.email, person.password))).toBe('INVALID_CREDENTIALS');
    expect((await signIn(api.browser(), person.email, newPassword)).errors).toBeUndefined();
    expect(codeOf(await reset('yet another new passphrase'))).toBe('INVALID_TOKEN');
  });

  it('answers true for an address without an account, and mails nothing', async () => {
    const nobody = remember('no.account.here@example.dk');
    const person = await personWithAccount();
    api.mail.clear();
    expect(await api.query(REQUEST, { input: { email: nobody } })).toMatchObject({ data: { requestPasswordReset: true } });
    expect(await api.query(REQUEST, { input: { email: person.email } })).toMatchObject({ data: { requestPasswordReset: true } });
    await api.mail.waitForMessage({ to: person.email });
    expect(api.mail.messages().filter((message) => message.to.includes(nobody))).toEqual([]);
  });

  it('says at sign-in that an empty address is none, without counting an attempt', async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const refused = await signIn(api.browser(), '', 'a wrong password, long enough');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'EMAIL_INVALID', fields: ['email'] });
    }
  });

  it('says that an empty or malformed address is not one, and mails nothing', async () => {
    api.mail.clear();
    for (const email of ['', '   ', 'not-an-address', 'two@@example.dk']) {
      const refused = await api.query(REQUEST, { input: { email } }, { 'accept-language': 'da' });
      expect([email, refused.errors?.[0]?.extensions.code, refused.errors?.[0]?.message]).toEqual([email, 'EMAIL_INVALID', translate('da', 'error.EMAIL_INVALID')]);
    }
    expect(api.mail.messages()).toEqual([]);
  });

  it('refuses a link after an hour, and says beforehand whether a link still works', async () => {
    const person = await personWithAccount();
    api.mail.clear();
    await api.query(REQUEST, { input: { email: person.email } });
    const token = await resetLink(person.email);
    const valid = async (link: string) => (await api.query<{ passwordResetLinkValid: boolean }>(`query ($token: String!) { passwordResetLinkValid(token: $token) }`, { token: link })).data?.passwordResetLinkValid;
    expect(await valid(token)).toBe(true);
    expect(await valid('made-up')).toBe(false);
    api.setNow(later(61));
    expect(await valid(token)).toBe(false);
    expect(codeOf(await api.query(RESET, { input: { token, password: 'a perfectly fine passphrase' } }))).toBe('INVALID_TOKEN');
    expect(codeOf(await api.query(RESET, { input: { token: 'made-up', password: 'a perfectly fine passphrase' } }))).toBe('INVALID_TOKEN');
  });
});

describe('the second factor', () => {
  const START = `mutation { startSecondFactorEnrolment { secret otpauthUrl qrCodeSvg } }`;
  const CONFIRM = `mutation ($input: ConfirmSecondFactorInput!) { confirmSecondFactor(input: $input) { codes } }`;

  async function enrol(person: Awaited<ReturnType<typeof personWithAccount>>) {
    const started = await person.browser.query<{ startSecondFactorEnrolment: { secret: string; otpauthUrl: string; qrCodeSvg: string } }>(START);
    expect(started.errors).toBeUndefined();
    const enrolment = started.data?.startSecondFactorEnrolment as { secret: string; otpauthUrl: string; qrCodeSvg: string };
    remember(enrolment.secret);
    const confirmed = await person.browser.query<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, { input: { code: await totpAt(enrolment.secret, TEST_NOW) } });
    expect(confirmed.errors).toBeUndefined();
    const codes = confirmed.data?.confirmSecondFactor.codes ?? [];
    codes.forEach(remember);
    return { ...enrolment, codes };
  }

  it('enrols an authenticator app with a code from it, and hands out ten recovery codes once', async () => {
    const person = await personWithAccount();
    const started = await person.browser.query<{ startSecondFactorEnrolment: { secret: string; otpauthUrl: string; qrCodeSvg: string } }>(START);
    const enrolment = started.data?.startSecondFactorEnrolment as { secret: string; otpauthUrl: string; qrCodeSvg: string };
    remember(enrolment.secret);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toBe(`otpauth://totp/groupfinder:${encodeURIComponent(person.email)}?secret=${enrolment.secret}&issuer=groupfinder`);
    expect(enrolment.qrCodeSvg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
    expect((await me(person.browser))?.secondFactorEnabled).toBe(false);
    // The database holds the secret sealed to the person's row: a copy of it alone gives nobody their codes.
    const [stored] = await api.dataSource.query(`SELECT totp_secret_sealed AS secret FROM users WHERE id = $1`, [person.id]);
    expect(stored.secret).toMatch(/^gf1\./);
    expect(stored.secret).not.toContain(enrolment.secret);
    expect(api.keys.open(stored.secret, secretPlace(person.id))).toBe(enrolment.secret);

    // Signed in elsewhere too, with the password alone.
    const elsewhere = api.browser();
    expect((await signIn(elsewhere, person.email, person.password)).errors).toBeUndefined();
    expect(await me(elsewhere)).toMatchObject({ id: person.id });

    expect(codeOf(await person.browser.query(CONFIRM, { input: { code: '000000' } }))).toBe('INVALID_SETUP_CODE');
    // A code from two steps (a minute) ago is too old; one from the step before is still fine.
    expect(codeOf(await person.browser.query(CONFIRM, { input: { code: await totpAt(enrolment.secret, new Date(TEST_NOW.getTime() - 60_000)) } }))).toBe('INVALID_SETUP_CODE');
    const confirmed = await person.browser.query<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, {
      input: { code: await totpAt(enrolment.secret, new Date(TEST_NOW.getTime() - 30_000)) },
    });
    expect(confirmed.errors).toBeUndefined();
    const codes = confirmed.data?.confirmSecondFactor.codes ?? [];
    codes.forEach(remember);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await me(person.browser)).toMatchObject({ secondFactorEnabled: true, sessions: [{ current: true, secondFactor: true }] });
    // The other session, without the second factor, has ended.
    expect(await me(elsewhere)).toBeNull();
    expect(codeOf(await person.browser.query(START))).toBe('SECOND_FACTOR_ALREADY_ENABLED');
  });

  it('then asks for a code at sign-in: from the app, or a recovery code that works once', async () => {
    const person = await personWithAccount();
    const { secret, codes } = await enrol(person);
    const browser = api.browser();

    const missing = await signIn(browser, person.email, person.password);
    expect(missing.errors?.[0]).toMatchObject({ message: 'Enter the code from your authenticator app, or a recovery code.', extensions: { code: 'SECOND_FACTOR_REQUIRED' } });
    expect(browser.sessionToken).toBeNull();
    expect(codeOf(await signIn(browser, person.email, person.password, '123456'))).toBe('INVALID_SECOND_FACTOR');
    expect(codeOf(await signIn(browser, person.email, 'the wrong password', await totpAt(secret, TEST_NOW)))).toBe('INVALID_CREDENTIALS');

    api.setNow(later(10));
    const code = await totpAt(secret, later(10));
    const withApp = await signIn(browser, person.email, person.password, code);
    expect(withApp.errors).toBeUndefined();
    expect(withApp.data?.signIn.sessions.find((session) => session.current)).toMatchObject({ secondFactor: true });
    // Someone who saw the code over the person's shoulder cannot use it within its minute.
    expect(codeOf(await signIn(api.browser(), person.email, person.password, code))).toBe('INVALID_SECOND_FACTOR');
    // Nor the code the app showed just before it, still within the drift allowed: older than one used.
    expect(codeOf(await signIn(api.browser(), person.email, person.password, await totpAt(secret, new Date(later(10).getTime() - 30_000))))).toBe('INVALID_SECOND_FACTOR');

    const recoveryCode = codes[3] as string;
    const withRecovery = await signIn(api.browser(), person.email, person.password, ` ${recoveryCode.toUpperCase()} `);
    expect(withRecovery.errors).toBeUndefined();
    expect(codeOf(await signIn(api.browser(), person.email, person.password, recoveryCode))).toBe('INVALID_SECOND_FACTOR');
    expect((await signIn(api.browser(), person.email, person.password, (codes[4] as string).replace('-', ''))).errors).toBeUndefined();
  });

  it('seals, at the start, a secret stored in the clear before secrets were sealed; its codes still sign in', async () => {
    const person = await personWithAccount();
    const { secret } = await enrol(person);
    // As the migration leaves a secret enrolled before it.
    await api.dataSource.query(`UPDATE users SET totp_secret_sealed = $2 WHERE id = $1`, [person.id, secret]);

    expect(await sealPlainSecrets(api.dataSource, api.keys)).toBe(1);
    const [stored] = await api.dataSource.query(`SELECT totp_secret_sealed AS secret FROM users WHERE id = $1`, [person.id]);
    expect(stored.secret).toMatch(/^gf1\./);
    expect(await sealPlainSecrets(api.dataSource, api.keys)).toBe(0);
    api.setNow(later(20));
    expect((await signIn(api.browser(), person.email, person.password, await totpAt(secret, later(20)))).errors).toBeUndefined();
  });

  it('says when an organisation requires a second factor the session lacks, and opens its scope once enrolled', async () => {
    const person = await personWithAccount('en', 'ORGANISATION_ADMIN');
    await api.dataSource.manager.update(OrganisationEntity, { slug: 'demo-selvhjaelp-danmark' }, { requireSecondFactor: true });
    try {
      const administered = `{ organisation(slug: "demo-selvhjaelp-danmark") { requireSecondFactor } }`;
      expect(await me(person.browser)).toMatchObject({ secondFactorRequired: true, secondFactorEnabled: false });
      expect(codeOf(await person.browser.query(administered))).toBe('FORBIDDEN');
      await enrol(person);
      expect(await me(person.browser)).toMatchObject({ secondFactorRequired: false, secondFactorEnabled: true });
      expect(await person.browser.query(administered)).toMatchObject({ data: { organisation: { requireSecondFactor: true } } });
      const signedInWithout = api.browser();
      // A session signed in without the code is asked for it, and cannot: the code is required at sign-in once enrolled.
      expect(codeOf(await signIn(signedInWithout, person.email, person.password))).toBe('SECOND_FACTOR_REQUIRED');
    } finally {
      await api.dataSource.manager.update(OrganisationEntity, { slug: 'demo-selvhjaelp-danmark' }, { requireSecondFactor: false });
    }
  });
});

describe('changing or losing the second factor', () => {
  const START = `mutation { startSecondFactorEnrolment { secret } }`;
  const CONFIRM = `mutation ($input: ConfirmSecondFactorInput!) { confirmSecondFactor(input: $input) { codes } }`;
  const SWITCH_OFF = `mutation ($input: SecondFactorChangeInput!) { switchOffSecondFactor(input: $input) }`;
  const RENEW = `mutation ($input: SecondFactorChangeInput!) { renewRecoveryCodes(input: $input) { codes } }`;
  const RESET_FACTOR = `mutation ($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) }`;

  /** Each test at its own minute: a code from the app works once. */
  let minute = 100;
  let current = later(minute);
  const nextMinute = () => {
    minute += 2;
    current = later(minute);
    api.setNow(current);
    return current;
  };

  async function withSecondFactor(locale = 'en', role: Role = 'EDITOR') {
    const person = await personWithAccount(locale, role);
    const started = await person.browser.query<{ startSecondFactorEnrolment: { secret: string } }>(START);
    const secret = remember(started.data?.startSecondFactorEnrolment.secret as string);
    const confirmed = await person.browser.query<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, { input: { code: await totpAt(secret, current) } });
    expect(confirmed.errors).toBeUndefined();
    const codes = confirmed.data?.confirmSecondFactor.codes ?? [];
    codes.forEach(remember);
    return { ...person, secret, codes };
  }

  it('is switched off by its owner with their password and a code, and they are mailed that it was', async () => {
    nextMinute();
    const person = await withSecondFactor('da');
    const now = nextMinute();
    expect(codeOf(await person.browser.query(SWITCH_OFF, { input: { password: 'not the password at all', code: await totpAt(person.secret, now) } }))).toBe('WRONG_PASSWORD');
    expect(codeOf(await person.browser.query(SWITCH_OFF, { input: { password: person.password, code: '123456' } }))).toBe('INVALID_SECOND_FACTOR');
    expect(await me(person.browser)).toMatchObject({ secondFactorEnabled: true });
    expect(codeOf(await api.query(SWITCH_OFF, { input: { password: person.password, code: await totpAt(person.secret, now) } }))).toBe('UNAUTHENTICATED');

    api.mail.clear();
    const switchedOff = await person.browser.query(SWITCH_OFF, { input: { password: person.password, code: await totpAt(person.secret, now) } });
    expect(switchedOff).toMatchObject({ data: { switchOffSecondFactor: true } });
    expect(await me(person.browser)).toMatchObject({ secondFactorEnabled: false });
    const mail = await api.mail.waitForMessage({ to: person.email, subject: translate('da', 'mail.secondFactorOff.subject') });
    expect(mail.links).toEqual([`${TEST_DASHBOARD_URL}/#/forgot-password`]);
    // The password alone signs in now; the recovery codes are gone with the app's codes.
    expect((await signIn(api.browser(), person.email, person.password)).errors).toBeUndefined();
    const [stored] = await api.dataSource.query(`SELECT totp_secret_sealed, totp_enabled_at, recovery_code_hashes FROM users WHERE id = $1`, [person.id]);
    expect(stored).toEqual({ totp_secret_sealed: null, totp_enabled_at: null, recovery_code_hashes: [] });
    expect(codeOf(await person.browser.query(SWITCH_OFF, { input: { password: person.password, code: '123456' } }))).toBe('SECOND_FACTOR_NOT_ENABLED');
  });

  it('gives new recovery codes for a recovery code and the password: the old ones stop working', async () => {
    nextMinute();
    const person = await withSecondFactor();
    nextMinute();
    // Two wrong tries count as failed sign-ins; the right one starts the count again.
    for (const attempt of [1, 2]) expect(codeOf(await person.browser.query(RENEW, { input: { password: `not the password ${attempt}`, code: person.codes[0] } }))).toBe('WRONG_PASSWORD');
    const renewed = await person.browser.query<{ renewRecoveryCodes: { codes: string[] } }>(RENEW, { input: { password: person.password, code: person.codes[0] } });
    expect(renewed.errors).toBeUndefined();
    const codes = renewed.data?.renewRecoveryCodes.codes ?? [];
    codes.forEach(remember);
    expect(codes).toHaveLength(10);
    expect(codes.filter((code) => person.codes.includes(code))).toEqual([]);
    expect(codeOf(await signIn(api.browser(), person.email, person.password, person.codes[1]))).toBe('INVALID_SECOND_FACTOR');
    // Three more wrong passwords stop nobody: four failures since the renewal, five with the two before it.
    for (const attempt of [1, 2, 3]) expect(codeOf(await signIn(api.browser(), person.email, `wrong again ${attempt}`))).toBe('INVALID_CREDENTIALS');
    expect((await signIn(api.browser(), person.email, person.password, codes[0])).errors).toBeUndefined();
    expect(await me(person.browser)).toMatchObject({ secondFactorEnabled: true });
  });

  it('is reset by an organisation admin for a person of their organisation: codes gone, signed out, mailed who did it', async () => {
    nextMinute();
    const admin = await personWithAccount('en', 'ORGANISATION_ADMIN');
    const editor = await withSecondFactor('sv');
    nextMinute();
    api.mail.clear();
    expect(await admin.browser.query(RESET_FACTOR, { input: { userId: editor.id } })).toMatchObject({ data: { resetSecondFactor: true } });
    // Signed out everywhere; the password alone signs in, and the person sets up a second factor again.
    expect(await me(editor.browser)).toBeNull();
    const signedIn = await signIn(api.browser(), editor.email, editor.password);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signIn.secondFactorEnabled).toBe(false);
    const mail = await api.mail.waitForMessage({ to: editor.email, subject: translate('sv', 'mail.secondFactorReset.subject') });
    expect(mail.text).toContain(admin.name);
    expect(mail.links).toEqual([TEST_DASHBOARD_URL]);
    expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: editor.id } }))).toBe('SECOND_FACTOR_NOT_ENABLED');
  });

  it('is not reset by anyone else: not one’s own, not a platform admin’s by an organisation admin, not by an editor, not for a made-up id', async () => {
    nextMinute();
    const admin = await withSecondFactor('en', 'ORGANISATION_ADMIN');
    const otherAdmin = await withSecondFactor('en', 'ORGANISATION_ADMIN');
    const editor = await personWithAccount('en', 'EDITOR');
    const platformAdmin = await api.dataSource.manager.findOneByOrFail(UserEntity, { email: DEMO_ACCOUNTS.find((account) => account.role === 'PLATFORM_ADMIN')?.email ?? '' });
    await api.dataSource.query(`UPDATE users SET totp_enabled_at = $2 WHERE id = $1`, [platformAdmin.id, TEST_NOW]);
    try {
      expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: admin.id } }))).toBe('FORBIDDEN');
      expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: platformAdmin.id } }))).toBe('FORBIDDEN');
      expect(codeOf(await editor.browser.query(RESET_FACTOR, { input: { userId: otherAdmin.id } }))).toBe('FORBIDDEN');
      expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: '00000000-0000-4000-8000-000000000000' } }))).toBe('FORBIDDEN');
      expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: 'not-an-id' } }))).toBe('FORBIDDEN');
      expect(codeOf(await api.query(RESET_FACTOR, { input: { userId: otherAdmin.id } }))).toBe('UNAUTHENTICATED');
      const [still] = await api.dataSource.query(`SELECT count(*)::int AS enabled FROM users WHERE id = ANY($1) AND totp_enabled_at IS NOT NULL`, [[admin.id, otherAdmin.id, platformAdmin.id]]);
      expect(still.enabled).toBe(3);
    } finally {
      await api.dataSource.query(`UPDATE users SET totp_enabled_at = NULL WHERE id = $1`, [platformAdmin.id]);
    }
  });

  it('says, with a code, when this server lacks the key its secret was sealed with, and logs which key, not whose', async () => {
    nextMinute();
    const person = await withSecondFactor();
    // As a server started without the key of an earlier DATA_KEYS would find it.
    const elsewhere = keyRingOf(generateKeySettings('gone'));
    await api.dataSource.query(`UPDATE users SET totp_secret_sealed = $2 WHERE id = $1`, [person.id, elsewhere.seal(person.secret, secretPlace(person.id))]);
    const before = output.text().length;
    const now = nextMinute();
    const refused = await signIn(api.browser(), person.email, person.password, await totpAt(person.secret, now));
    expect(refused.errors?.[0]).toMatchObject({ message: translate('en', 'error.DATA_UNREADABLE'), extensions: { code: 'DATA_UNREADABLE' } });
    const log = output.text().slice(before);
    expect(log).toContain('stored data cannot be opened with DATA_KEYS');
    expect(log).toMatch(/"problem":"unknown-key","table":"users","column":"totp_secret_sealed","keyId":"gone"/);
    expect(log).not.toContain('unexpected error');
    expect(log).not.toContain(person.email);
    // An organisation admin resets it; then the password alone signs in, to set up a new one.
    const admin = await personWithAccount('en', 'ORGANISATION_ADMIN');
    expect(await admin.browser.query(RESET_FACTOR, { input: { userId: person.id } })).toMatchObject({ data: { resetSecondFactor: true } });
    expect((await signIn(api.browser(), person.email, person.password)).errors).toBeUndefined();
  });

  it('is refused by the database too, to an organisation admin for a person who also holds a role in another organisation', async () => {
    nextMinute();
    const admin = await personWithAccount('en', 'ORGANISATION_ADMIN');
    const editor = await withSecondFactor('en', 'EDITOR');
    const [other] = await api.dataSource.query(`SELECT id FROM organisations WHERE slug <> 'demo-selvhjaelp-danmark' ORDER BY slug LIMIT 1`);
    await api.dataSource.query(`INSERT INTO memberships (user_id, role, organisation_id) VALUES ($1, 'ORGANISATION_ADMIN', $2)`, [editor.id, other.id]);
    const [organisation] = await api.dataSource.query(`SELECT id FROM organisations WHERE slug = 'demo-selvhjaelp-danmark'`);
    // As the request's own role and settings would be, the service's check left out: the function refuses.
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_ids', $2, true)`, [admin.id, organisation.id]);
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      expect(await runner.query(`SELECT reset_second_factor($1, $2) AS outcome`, [editor.id, current])).toEqual([{ outcome: 'FORBIDDEN' }]);
      await expect(runner.query(`UPDATE users SET totp_enabled_at = NULL WHERE id = $1`, [editor.id])).resolves.toEqual([[], 0]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(codeOf(await admin.browser.query(RESET_FACTOR, { input: { userId: editor.id } }))).toBe('FORBIDDEN');
    expect(await me(editor.browser)).toMatchObject({ secondFactorEnabled: true });
  });
});

describe('the demo accounts', () => {
  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account] as const))('%s signs in with the demo password and holds that role', async (_role, account) => {
    const response = await signIn(api.browser(), account.email, DEMO_PASSWORD);
    expect(response.errors).toBeUndefined();
    const memberships = response.data?.signIn.memberships ?? [];
    expect(memberships.map((membership) => membership.role)).toEqual([account.role]);
  });

  it('each in its demo scope: the Danish demo organisation, its Lyngby unit, one of its groups, Gladsaxe', async () => {
    const scopes: Record<string, unknown> = {};
    for (const account of DEMO_ACCOUNTS) {
      const response = await signIn(api.browser(), account.email, DEMO_PASSWORD);
      const [membership] = response.data?.signIn.memberships ?? [];
      scopes[account.role] = membership && { organisation: membership.organisation?.slug ?? null, unit: membership.unit?.name ?? null, group: membership.groupSlug, municipality: membership.municipality?.name ?? null };
    }
    expect(scopes).toEqual({
      PLATFORM_ADMIN: { organisation: null, unit: null, group: null, municipality: null },
      ORGANISATION_ADMIN: { organisation: 'demo-selvhjaelp-danmark', unit: null, group: null, municipality: null },
      UNIT_ADMIN: { organisation: 'demo-selvhjaelp-danmark', unit: 'Selvhjælp Lyngby', group: null, municipality: null },
      EDITOR: { organisation: 'demo-selvhjaelp-danmark', unit: null, group: 'demo-gaatur-og-snak-gladsaxe', municipality: null },
      MUNICIPALITY_EDITOR: { organisation: null, unit: null, group: null, municipality: 'Gladsaxe' },
    });
  });
});

describe('the log', () => {
  it('holds none of the addresses, names, passwords, tokens, secrets or codes of the people above', () => {
    // The capture sees both ways of writing.
    console.error('[test] the capture sees console');
    process.stderr.write('[test] the capture sees stderr\n');
    const log = output.text();
    expect(log).toContain('the capture sees console');
    expect(log).toContain('the capture sees stderr');
    expect(secrets.size).toBeGreaterThan(50);
    const found = [...secrets].filter((secret) => secret.length > 0 && log.includes(secret));
    expect(found).toEqual([]);
  });
});
