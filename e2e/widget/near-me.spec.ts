import { expect, test } from '../clock';

/**
 * "Use my location" (issue 12): the browser is asked only when the visitor presses it, only a point
 * rounded to about a kilometre is sent, and it never goes into the page's address.
 */
const WIDGET_URL = process.env.WIDGET_URL ?? 'http://localhost:4300';
const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
// Lyngby Hovedgade, to the metre: what the browser knows.
const HERE = { latitude: 55.771234, longitude: 12.503456 };

/** The `near` of every search the page sent (GET searches carry their variables in the address). */
function nearsSent(requests: string[]): unknown[] {
  return requests
    .filter((url) => url.startsWith(API_URL))
    .flatMap((url) => {
      const variables = new URL(url).searchParams.get('variables');
      const filter = variables ? (JSON.parse(variables) as { filter?: { near?: unknown } }).filter : undefined;
      return filter?.near ? [filter.near] : [];
    });
}

test('a visitor searches near where they are, and only a rounded point leaves the browser', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(HERE);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  await expect(widget.getByRole('status').first()).toHaveText(/fundet$/);
  expect(nearsSent(requests)).toEqual([]);

  await widget.getByRole('button', { name: 'Brug min placering' }).click();
  await expect(widget.getByText('Søger i nærheden af din placering (ca. 1 km).')).toBeVisible();
  const first = widget.getByRole('article').first();
  await expect(first).toContainText('Kgs. Lyngby');
  await expect(first).toContainText(/\d+(,\d)? km/);
  expect(nearsSent(requests)).toContainEqual({ latitude: 55.77, longitude: 12.5 });
  for (const near of nearsSent(requests)) expect(JSON.stringify(near)).not.toMatch(/55\.771|12\.503/);
  expect(page.url()).not.toMatch(/55\.77|12\.5/);

  // Typing a place replaces the location; the button is offered again.
  await widget.getByRole('textbox', { name: 'Nær (by eller postnummer)' }).fill('Søborg');
  await expect(widget.getByRole('button', { name: 'Brug min placering' })).toBeVisible();
});

test('a visitor whose browser refuses their location is told so and can type a place', async ({ page }) => {
  await page.goto(WIDGET_URL);
  const widget = page.getByRole('region', { name: 'Find en selvhjælpsgruppe' });
  await widget.getByRole('button', { name: 'Brug min placering' }).click();
  await expect(widget.getByText('Din browser tillod ikke, at din placering blev brugt. Du kan skrive en by eller et postnummer i stedet.')).toBeVisible();
});
