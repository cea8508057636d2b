import type { Response } from '@playwright/test';
import { ApiSession, DASHBOARD_URL, newPerson, openBrowser, organisationAdminInvitedByPlatformAdmin, signInOnDashboard } from '../accounts';
import { readMail } from '../mail';
import { CLOCK_NOW, expect, test } from '../clock';

// What keeps an account safe, as its owner notices it: guessing passwords stops after five wrong
// ones, said in the language the dashboard is shown in; and signing out everywhere ends the
// sessions in other browsers. Each journey has an account of its own, new in each run (the one
// that is stopped stays stopped for 15 minutes).

test.use({ locale: 'da-DK' });

/** The answer to the sign-in form. */
const isSignIn = (response: Response) => (response.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'SignIn';

test('five wrong passwords stop the account for 15 minutes, even with the right one, said in Polish', async ({ page, request }) => {
  const anna = newPerson('Anna Nowak', 'throttled');
  await (await organisationAdminInvitedByPlatformAdmin(request, anna)).close();

  await page.goto(`${DASHBOARD_URL}/#/sign-in`);
  // She reads the dashboard in Polish.
  await page.getByRole('banner').getByRole('combobox', { name: 'Sprog' }).selectOption({ label: 'Polski' });
  await page.getByRole('banner').getByRole('button', { name: 'Zmień' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Zaloguj się' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  await main.getByLabel('E-mail', { exact: true }).fill(anna.email);
  const password = main.getByLabel('Hasło', { exact: true });
  const submit = main.getByRole('button', { name: 'Zaloguj się' });
  for (const attempt of [1, 2, 3, 4, 5]) {
    await password.fill(`to nie jest moje hasło ${attempt}`);
    const answered = page.waitForResponse(isSignIn);
    await submit.click();
    await answered;
    await expect(main.getByRole('alert')).toHaveText('Adres e-mail lub hasło są nieprawidłowe.');
  }

  // The sixth attempt is refused before the password is looked at.
  await password.fill(anna.password);
  await submit.click();
  await expect(main.getByRole('alert')).toHaveText('Zbyt wiele prób. Spróbuj ponownie za 15 minut.');
  await expect(main.getByRole('heading', { level: 1, name: 'Zaloguj się' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
});

test('signing out everywhere ends the session in another browser too', async ({ page, browser, request }) => {
  const jonas = newPerson('Jonas Dahl', 'everywhere');
  const setup = await organisationAdminInvitedByPlatformAdmin(request, jonas);
  await setup.signOut();
  await setup.close();

  // Jonas is signed in in two browsers...
  await signInOnDashboard(page, jonas);
  const other = await openBrowser(browser);
  await signInOnDashboard(other.page, jonas);
  await page.reload();
  const sessions = page.getByRole('main').getByRole('region', { name: 'Hvor du er logget ind' });
  await expect(sessions.getByRole('rowheader')).toHaveCount(2);
  await expect(sessions.getByRole('rowheader').filter({ hasText: 'Denne browser' })).toHaveCount(1);

  // ...and signs out everywhere from the first.
  await sessions.getByRole('button', { name: 'Log ud overalt' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Log ind' })).toBeVisible();

  // The other browser finds itself signed out at its next request.
  await other.page.reload();
  const otherMain = other.page.getByRole('main');
  await expect(otherMain.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  await expect(otherMain).toContainText('Log ind for at se denne side.');
  await expect(other.page.getByRole('banner').getByRole('link', { name: 'Log ind' })).toBeVisible();
  await expect(other.page.getByRole('banner')).not.toContainText(jonas.name);
  await other.context.close();
});

test('a password-reset link already used says so before a password is typed, and leads to asking again', async ({ page, request }) => {
  const person = newPerson('Rasmus Holm', 'reset-used');
  await (await organisationAdminInvitedByPlatformAdmin(request, person)).close();
  const api = await ApiSession.open();
  await api.query(`mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, { input: { email: person.email } });
  const mail = await readMail(request, person.email, { subject: 'Nulstil din adgangskode' });
  const link = mail.links.find((each) => each.includes('/#/reset-password?token=')) ?? '';
  const token = new URL(link.replace('/#/', '/')).searchParams.get('token');
  await api.query(`mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token, password: `${person.password} igen` } });
  await api.close();

  await page.goto(link);
  const main = page.getByRole('main');
  await expect(main.getByText('Linket er udløbet eller allerede brugt. Bed om et nyt.')).toBeVisible();
  await expect(main.getByLabel('Ny adgangskode')).toHaveCount(0);
  await main.getByRole('link', { name: 'Glemt adgangskode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
});

test.describe('in Copenhagen time', () => {
  test.use({ timezoneId: 'Europe/Copenhagen' });

  test('two minutes before an unused sign-in ends, a dialog says when and keeps it with one press, nothing typed lost; left alone, it signs out', async ({ page, request }) => {
    const jonas = newPerson('Jonas Bech', 'idle');
    await (await organisationAdminInvitedByPlatformAdmin(request, jonas)).close();
    await signInOnDashboard(page, jonas);
    // He starts switching on two-step sign-in and types half a code, then leaves the browser alone.
    const twoStep = page.getByRole('main').getByRole('region', { name: 'Totrinslogin' });
    await twoStep.getByRole('button', { name: 'Slå totrinslogin til' }).click();
    const code = twoStep.getByLabel('Den 6-cifrede kode, appen viser');
    await code.fill('123');

    // 57 minutes later (the API last answered at 10:00; unused for 60 minutes, the sign-in ends at 10:59 at the latest).
    await page.clock.setFixedTime(new Date(Date.parse(CLOCK_NOW) + 57 * 60_000));
    const dialog = page.getByRole('dialog', { name: 'Er du der stadig?' });
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await expect(dialog).toContainText('bliver du logget ud kl. 10.59, efter 60 minutter uden brug');
    const stay = dialog.getByRole('button', { name: 'Forbliv logget ind' });
    await expect(stay).toBeFocused();
    await stay.press('Enter');
    await expect(dialog).toBeHidden();
    // Still signed in, and back where he was, with what he typed.
    await expect(page.getByRole('banner')).toContainText(`Logget ind som ${jonas.name}`);
    await expect(code).toBeFocused();
    await expect(code).toHaveValue('123');
    // The API was asked, which used the sign-in: a minute on, when it would have asked again had it not, it does not.
    await page.clock.setFixedTime(new Date(Date.parse(CLOCK_NOW) + 58 * 60_000));
    await page.waitForTimeout(6_000);
    await expect(dialog).toBeHidden();
    // Left alone again past the end the dialog would name (11:56), he is signed out, as it would have said.
    await page.clock.setFixedTime(new Date(Date.parse(CLOCK_NOW) + 117 * 60_000));
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('banner')).not.toContainText(`Logget ind som ${jonas.name}`);
    // Signing in again leads back to the page he was on.
    await expect(page).toHaveURL(/#\/sign-in\?next=%2Faccount$/);
  });
});
