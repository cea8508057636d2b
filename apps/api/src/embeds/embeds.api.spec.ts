import { EMBED_KEY, LANGUAGES } from '@groupfinder/domain';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { embedSnippet } from './embed-pages';
import { persistedDocuments } from '../server/public-cache';
import { TEST_DASHBOARD_URL } from '../testing/test-api';
import { embedFieldsInput, TENANT_EMBED_FIELDS, withTenants, type TenantPerson } from '../testing/tenants';

type Problem = { field: string; code: string; message: string };
type Editable = { id: string; key: string; version: number; snippet: string; frameUrl: string; municipality: { code: string }; fields: Record<string, unknown>; history: { by: string | null; fields: { field: string; summary: string }[] }[] };
type Search = { groups: { totalCount: number; edges: { node: { slug: string } }[]; facets: { topics: { value: string; count: number }[] } } };

const EDITABLE = `id key version snippet frameUrl municipality { code } fields { name neighbourCodes includeOnline onlineLanguages topics organisationIds defaultLanguage accentColour font allowedOrigins contactText crisisText } history { by fields { field summary } }`;
const CREATE = `mutation ($input: CreateEmbedInput!) { createEmbed(input: $input) { ${EDITABLE} } }`;
const UPDATE = `mutation ($input: UpdateEmbedInput!) { updateEmbed(input: $input) { ${EDITABLE} } }`;
const DELETE = `mutation ($input: EditInput!) { deleteEmbed(input: $input) { id } }`;
const LIST = `query { embeds { id key fields { name } } embedMunicipalities { code name neighbours { code } } }`;
const ONE = `query ($id: ID!) { embed(id: $id) { ${EDITABLE} } }`;
const SEARCH = `query ($filter: GroupFilter) { groups(filter: $filter, first: 50) { totalCount edges { node { slug } } facets { topics { value count } } } }`;
const GROUP = `query ($slug: String!) { group(slug: $slug) { slug } }`;
const SETTINGS = `query { embedSettings { defaultLanguage accentColour font country municipalityName municipalityCode contactText { text language } crisisText { text language } } }`;
const WIDENINGS = `query ($filter: GroupFilter) { groups(filter: $filter) { totalCount widenings { kind count } } }`;

/** A municipality's editors keep its embeds; a key shows only what its embed allows, to its sites only. */
describe('embeds', () => {
  const fixture = withTenants();
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  /** A public request through an embed's key, as its widget on a page of `origin` makes it. */
  const through = async <T>(key: string, query: string, variables: Record<string, unknown> = {}, { origin = 'https://www.gladsaxe.test', ...headers }: Record<string, string | null> = {}) => {
    const response = await fetch(`${fixture.api.url}?embed=${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin === null ? {} : { origin }), ...(headers as Record<string, string>) },
      body: JSON.stringify({ query, variables }),
    });
    return { response, body: (await response.json()) as { data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] } };
  };
  const rows = <T>(sql: string, parameters: unknown[] = []) => fixture.api.dataSource.query(sql, parameters) as Promise<T[]>;
  const input = (overrides: Record<string, unknown> = {}) => ({ ...embedFieldsInput(TENANT_EMBED_FIELDS), ...overrides });

  it('a municipality editor saves an embed with a new public key, a snippet and its history', async () => {
    const { municipalityId } = fixture.tenants.embedGladsaxe;
    const created = await as<{ createEmbed: Editable }>('municipalityEditorGladsaxe', CREATE, {
      input: { municipalityId, fields: input({ name: 'Selvhjælpsgrupper på gladsaxe.dk', neighbourCodes: ['173', '159'], allowedOrigins: ['https://www.Gladsaxe.test/', 'http://localhost:8080'] }) },
    });
    expect(created.errors).toBeUndefined();
    const embed = created.data?.createEmbed as Editable;
    expect(embed.key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(embed.key).not.toBe(fixture.tenants.embedGladsaxe.key);
    // Its own code is not a neighbour; origins are written as browsers send them.
    expect(embed.fields).toMatchObject({ neighbourCodes: ['173'], allowedOrigins: ['https://www.gladsaxe.test', 'http://localhost:8080'], defaultLanguage: 'DA' });
    expect(embed.snippet).toBe(`<script src="${new URL(fixture.api.url).origin}/widget/groupfinder-widget.js" defer></script>\n<groupfinder-finder key="${embed.key}"></groupfinder-finder>`);
    expect(embed.frameUrl).toBe(`${new URL(fixture.api.url).origin}/embed/${embed.key}`);
    expect(embed.history).toHaveLength(1);
    expect(embed.history[0]?.by).toBe('Person municipalityEditorGladsaxe');
    // Made just now: each field is set, not changed from nothing.
    expect(embed.history[0]?.fields).toEqual(expect.arrayContaining([{ field: 'allowedOrigins', summary: 'set the allowed sites to “https://www.gladsaxe.test, http://localhost:8080”' }]));

    const listed = await as<{ embeds: { key: string }[]; embedMunicipalities: { code: string; name: string; neighbours: { code: string }[] }[] }>('municipalityEditorGladsaxe', LIST);
    expect(listed.data?.embeds.map((each) => each.key).sort()).toEqual([embed.key, fixture.tenants.embedGladsaxe.key].sort());
    expect(listed.data?.embedMunicipalities.map(({ code, name }) => ({ code, name }))).toEqual([{ code: '159', name: 'Gladsaxe' }]);
    // What the form offers as neighbours: Lyngby-Taarbæk borders Gladsaxe.
    expect(listed.data?.embedMunicipalities[0]?.neighbours.map((each) => each.code)).toContain('173');
  });

  it('the README shows the snippet the dashboard gives', () => {
    const readme = readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`html\n${embedSnippet('https://YOUR-API', 'YOUR-KEY')}\n\`\`\``);
  });

  it('PostgreSQL holds a key to the same shape as the code that reads one (EMBED_KEY)', async () => {
    const [check] = await rows<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'embeds'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%key ~%'`,
    );
    expect(check?.definition).toContain(`'${EMBED_KEY.source}'`);
  });

  it('refuses a colour without WCAG AA contrast, a path for a site and an unknown neighbour, each at its field, in the editor’s language, saving nothing', async () => {
    const before = await rows(`SELECT count(*)::int AS count FROM embeds`);
    const refused = await as(
      'municipalityEditorGladsaxe',
      CREATE,
      { input: { municipalityId: fixture.tenants.embedGladsaxe.municipalityId, fields: input({ accentColour: '#7FB2E5', allowedOrigins: ['https://www.gladsaxe.test/selvhjaelp'], neighbourCodes: ['9999'] }) } },
      'da',
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('INVALID_INPUT');
    const problems = refused.errors?.[0]?.extensions['problems'] as Problem[];
    expect(problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'accentColour', code: 'CONTRAST_TOO_LOW' },
      { field: 'allowedOrigins.0', code: 'ORIGIN_INVALID' },
      { field: 'neighbourCodes.0', code: 'MUNICIPALITY_INVALID' },
    ]);
    expect(problems[0]?.message).toBe('Farven har en kontrast på 2,04:1 mod hvid eller søgningens lysegrå; WCAG AA kræver mindst 4,5:1. Vælg en mørkere farve.');
    expect(await rows(`SELECT count(*)::int AS count FROM embeds`)).toEqual(before);
  });

  it('another municipality’s editor neither sees nor changes it, and PostgreSQL shows them no row of it either', async () => {
    const { embedGladsaxe } = fixture.tenants;
    const before = await rows(`SELECT * FROM embeds WHERE id = $1`, [embedGladsaxe.id]);
    const listed = await as<{ embeds: { key: string }[] }>('municipalityEditorKrakow', LIST);
    expect(listed.data?.embeds).toEqual([]);
    for (const [query, variables] of [
      [ONE, { id: embedGladsaxe.id }],
      [UPDATE, { input: { id: embedGladsaxe.id, version: embedGladsaxe.version, fields: input({ allowedOrigins: ['https://taken.test'] }) } }],
      [DELETE, { input: { id: embedGladsaxe.id, version: embedGladsaxe.version } }],
    ] as const) {
      const answer = await as('municipalityEditorKrakow', query, variables);
      expect(answer.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toContain(embedGladsaxe.key);
    }
    const planted = await as('municipalityEditorKrakow', CREATE, { input: { municipalityId: embedGladsaxe.municipalityId, fields: input() } });
    expect(planted.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await rows(`SELECT * FROM embeds WHERE id = $1`, [embedGladsaxe.id])).toEqual(before);

    // Row-level security, as the API's role with the Kraków editor's scope: a bug in the service would still show nothing.
    const krakow = fixture.tenants.memberships.municipalityEditorKrakow.municipalityId as string;
    const seen = await fixture.api.dataSource.transaction(async (db) => {
      await db.query(`SELECT set_config('app.municipality_ids', $1, true), set_config('app.platform_admin', 'off', true)`, [krakow]);
      await db.query(`SET LOCAL ROLE groupfinder_app`);
      const embeds = (await db.query(`SELECT id FROM embeds`)) as unknown[];
      const changed = (await db.query(`UPDATE embeds SET name = 'taken' WHERE id = $1 RETURNING id`, [embedGladsaxe.id])) as [unknown[], number];
      const history = (await db.query(`SELECT id FROM changes WHERE entity = 'EMBED'`)) as unknown[];
      return { embeds: embeds.length, changed: changed[1], history: history.length };
    });
    expect(seen).toEqual({ embeds: 0, changed: 0, history: 0 });
  });

  it('a key shows only its municipality and the online groups in its languages, whatever the request asks', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const allowed = await rows<{ slug: string }>(
      `SELECT g.slug FROM groups g LEFT JOIN municipalities m ON m.id = g.municipality_id
        WHERE g.archived_at IS NULL AND ((m.country = 'DK' AND m.code = '159') OR (g.format = 'ONLINE' AND 'da' = ANY (g.languages))) ORDER BY g.slug`,
    );
    expect(allowed.length).toBeGreaterThan(1);
    const all = await through<Search>(key, SEARCH);
    expect(all.response.status).toBe(200);
    expect(all.response.headers.get('vary')).toMatch(/Origin/);
    expect(all.body.data?.groups.edges.map((edge) => edge.node.slug).sort()).toEqual(allowed.map((row) => row.slug));
    expect(all.body.data?.groups.totalCount).toBe(allowed.length);
    // The facets count the same groups.
    const counted = all.body.data?.groups.facets.topics.reduce((most, facet) => Math.max(most, facet.count), 0);
    expect(counted).toBeLessThanOrEqual(allowed.length);

    // Asking for Kraków through Gladsaxe's key finds nothing, and a Kraków group is not found by its slug either.
    const [krakowGroup] = await rows<{ slug: string }>(`SELECT g.slug FROM groups g JOIN municipalities m ON m.id = g.municipality_id WHERE m.code = '1261011' AND g.archived_at IS NULL LIMIT 1`);
    const elsewhere = await through<Search>(key, SEARCH, { filter: { municipalityCode: '1261011', country: 'PL' } });
    expect(elsewhere.body.data?.groups.totalCount).toBe(0);
    const bySlug = await through(key, GROUP, { slug: krakowGroup?.slug });
    expect(bySlug.body.errors?.[0]?.extensions['code']).toBe('GROUP_NOT_FOUND');
    // Without the key the same group is public, as before.
    expect((await fixture.api.query(GROUP, { slug: krakowGroup?.slug })).data).toEqual({ group: { slug: krakowGroup?.slug } });

    // Nor through its organisation's groups, nor by asking to join it.
    const [owner] = await rows<{ slug: string }>(`SELECT o.slug FROM organisations o JOIN groups g ON g.organisation_id = o.id WHERE g.slug = $1`, [krakowGroup?.slug]);
    const ofOrganisation = `query ($slug: String!) { organisation(slug: $slug) { groups(first: 50) { edges { node { slug } } } } }`;
    const organisationGroups = await through<{ organisation: { groups: { edges: { node: { slug: string } }[] } } }>(key, ofOrganisation, { slug: owner?.slug });
    const shown = organisationGroups.body.data?.organisation.groups.edges.map((edge) => edge.node.slug) ?? [];
    expect(shown).not.toContain(krakowGroup?.slug);
    expect(shown.every((slug) => allowed.some((row) => row.slug === slug))).toBe(true);
    const unscoped = await fixture.api.query<{ organisation: { groups: { edges: { node: { slug: string } }[] } } }>(ofOrganisation, { slug: owner?.slug });
    expect(unscoped.data?.organisation.groups.edges.map((edge) => edge.node.slug)).toContain(krakowGroup?.slug);
    const joinForm = await through(key, `query ($slug: String!) { joinForm(groupSlug: $slug) { formToken } }`, { slug: krakowGroup?.slug });
    expect(joinForm.body.errors?.[0]?.extensions['code']).toBe('GROUP_NOT_FOUND');
  });

  it('an answer through a key that a cache may keep varies by the page’s site as well as its language', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const topics = persistedDocuments().find(({ app, text }) => app === 'widget' && text.includes('query WidgetTopics('));
    const params = new URLSearchParams({ embed: key, extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: topics?.hash } }), variables: '{}' });
    const response = await fetch(`${fixture.api.url}?${params}`, { headers: { origin: 'https://www.gladsaxe.test' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    expect(response.headers.get('vary')?.split(/,\s*/).sort()).toEqual(['Accept-Language', 'Origin']);
  });

  it('looks a postcode up in the embed’s country first: "2860" on a Danish embed is Søborg', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const near = await through<Search>(key, SEARCH, { filter: { place: '2860' } });
    expect(near.body.errors).toBeUndefined();
    const found = near.body.data?.groups.edges.map((edge) => edge.node.slug) ?? [];
    const inSoborg = await rows<{ slug: string }>(`SELECT g.slug FROM groups g JOIN venues v ON v.id = g.venue_id WHERE v.postal_code = '2860' AND g.archived_at IS NULL`);
    expect(inSoborg.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(inSoborg.map((row) => row.slug)));
  });

  it('"sorg unge" on the Gladsaxe embed finds nothing in Gladsaxe and suggests its chosen neighbour Lyngby-Taarbæk, with the count', async () => {
    const created = await as<{ createEmbed: Editable }>('municipalityEditorGladsaxe', CREATE, {
      input: { municipalityId: fixture.tenants.embedGladsaxe.municipalityId, fields: input({ name: 'With Lyngby', neighbourCodes: ['173'] }) },
    });
    const { key } = created.data?.createEmbed as Editable;
    // As the widget asks: its municipality and the online groups first.
    const inGladsaxe = { municipalityCode: '159', country: 'DK', includeOnline: true, text: 'sorg unge' };
    const empty = await through<{ groups: { totalCount: number; widenings: { kind: string; count: number }[] } }>(key, WIDENINGS, { filter: inGladsaxe });
    expect(empty.body.data?.groups).toEqual({ totalCount: 0, widenings: [{ kind: 'NEIGHBOURS', count: 1 }, expect.objectContaining({ kind: 'TEXT' })] });
    const widened = await through<Search>(key, SEARCH, { filter: { ...inGladsaxe, includeNeighbours: true } });
    expect(widened.body.data?.groups.edges.map((edge) => edge.node.slug)).toEqual(['demo-sorggruppe-for-unge-lyngby']);
    // The tenants' embed shows Gladsaxe only: the neighbours are not its to offer.
    const alone = await through<{ groups: { widenings: { kind: string }[] } }>(fixture.tenants.embedGladsaxe.key, WIDENINGS, { filter: inGladsaxe });
    expect(alone.body.data?.groups.widenings.map((widening) => widening.kind)).toEqual(['TEXT']);
  });

  it('says how the finder looks and what it says under the results, in the visitor’s language or the embed’s', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const settings = await through(key, SETTINGS, {}, { 'accept-language': 'pl' });
    expect(settings.body.data).toEqual({
      embedSettings: {
        defaultLanguage: 'DA',
        accentColour: '#00605f',
        font: '',
        country: 'DK',
        municipalityName: 'Gladsaxe',
        municipalityCode: '159',
        contactText: { text: 'Spørg Gladsaxe Kommunes sundhedsteam', language: 'DA' },
        crisisText: { text: 'Ring 70 20 12 01 i en krise', language: 'DA' },
      },
    });
    expect((await fixture.api.query(SETTINGS)).data).toEqual({ embedSettings: null });
  });

  it('refuses a page of a site not on its list, and an unknown key, with a translated code, in every language', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const refused = await through(key, SEARCH, {}, { origin: 'https://elsewhere.test', 'accept-language': 'sv' });
    expect(refused.response.status).toBe(403);
    expect(refused.body.errors?.[0]).toEqual({
      message: 'Den här sökningen får inte visas på den här webbplatsen. Kommunen kan lägga till webbplatsen bland sökningens tillåtna webbplatser.',
      extensions: { code: 'EMBED_ORIGIN_REFUSED' },
    });
    expect(refused.response.headers.get('cache-control')).toBe('no-store');
    for (const language of LANGUAGES) {
      const unknown = await through('AAAAAAAAAAAAAAAAAAAAAA', SEARCH, {}, { 'accept-language': language });
      expect(unknown.response.status).toBe(404);
      expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'EMBED_NOT_FOUND' });
      expect(unknown.body.errors?.[0]?.message).not.toContain('EMBED');
    }
    expect((await through('not a key', SEARCH)).response.status).toBe(404);
    // A server asking without Origin is not a page: it gets the embed's groups only.
    const server = await through<Search>(key, SEARCH, {}, { origin: null });
    expect(server.response.status).toBe(200);
  });

  it('the frame page may be framed only by the embed’s sites and the dashboard, and runs only our script', async () => {
    const { key } = fixture.tenants.embedGladsaxe;
    const origin = new URL(fixture.api.url).origin;
    const page = await fetch(`${origin}/embed/${key}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<html lang="da">`);
    expect(html).toContain(`<groupfinder-finder key="${key}"></groupfinder-finder>`);
    expect(html).toContain(`<script src="/widget/groupfinder-widget.js" defer></script>`);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`frame-ancestors https://www.gladsaxe.test ${new URL(TEST_DASHBOARD_URL).origin}`);
    expect(policy).toContain(`script-src 'self'`);
    expect(page.headers.get('x-frame-options')).toBeNull();
    const unknown = await fetch(`${origin}/embed/AAAAAAAAAAAAAAAAAAAAAA`, { headers: { 'accept-language': 'nb' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Dette søket er ikke satt opp');
    // Framed anywhere (a deleted embed's page still shows its frame): one line of text, nothing to act on or run.
    expect(unknown.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(unknown.headers.get('content-security-policy')).toContain(`default-src 'none'`);
    expect(unknown.headers.get('x-frame-options')).toBeNull();
  });

  it('has an accessibility statement in each of the five languages, linking the others', async () => {
    const origin = new URL(fixture.api.url).origin;
    for (const language of LANGUAGES) {
      const page = await fetch(`${origin}/accessibility/${language}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`<html lang="${language}">`);
      expect(html.match(/<h2>/g)).toHaveLength(5);
      // Where to write is a link; the page's empty icon is allowed by its policy (else every visit logs a refusal).
      expect(html).toContain('<a href="mailto:accessibility@groupfinder.localhost">accessibility@groupfinder.localhost</a>');
      expect(html).toContain('<link rel="icon" href="data:,">');
      expect(page.headers.get('content-security-policy')).toContain('img-src data:');
      for (const other of LANGUAGES.filter((each) => each !== language)) expect(html).toContain(`href="/accessibility/${other}"`);
    }
    expect(await (await fetch(`${origin}/accessibility/da`)).text()).toContain('<h1>Tilgængelighedserklæring for gruppesøgningen</h1>');
    const chosen = await fetch(`${origin}/accessibility`, { headers: { 'accept-language': 'pl' }, redirect: 'manual' });
    expect(chosen.headers.get('location')).toBe('/accessibility/pl');
    expect((await fetch(`${origin}/accessibility/de`)).status).toBe(404);
  });

  it('an edit of its sites holds at once in this process; a second save from the same version is a conflict; deleting ends the key', async () => {
    const created = await as<{ createEmbed: Editable }>('municipalityEditorGladsaxe', CREATE, { input: { municipalityId: fixture.tenants.embedGladsaxe.municipalityId, fields: input({ name: 'Short-lived' }) } });
    const embed = created.data?.createEmbed as Editable;
    expect((await through(embed.key, SEARCH, {}, { origin: 'https://new.gladsaxe.test' })).response.status).toBe(403);
    const moved = await as<{ updateEmbed: Editable }>('municipalityEditorGladsaxe', UPDATE, {
      input: { id: embed.id, version: embed.version, fields: input({ name: 'Short-lived', allowedOrigins: ['https://new.gladsaxe.test'] }) },
    });
    expect(moved.data?.updateEmbed.history[0]?.fields).toEqual([
      { field: 'allowedOrigins', summary: 'changed the allowed sites from “https://www.gladsaxe.test” to “https://new.gladsaxe.test”' },
    ]);
    expect((await through(embed.key, SEARCH, {}, { origin: 'https://new.gladsaxe.test' })).response.status).toBe(200);
    expect((await through(embed.key, SEARCH)).response.status).toBe(403);

    const stale = await as('municipalityEditorGladsaxe', UPDATE, { input: { id: embed.id, version: embed.version, fields: input({ name: 'Overwritten' }) } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', values: { version: embed.version + 1 } });
    expect(await rows(`SELECT name FROM embeds WHERE id = $1`, [embed.id])).toEqual([{ name: 'Short-lived' }]);

    const deleted = await as('municipalityEditorGladsaxe', DELETE, { input: { id: embed.id, version: embed.version + 1 } });
    expect(deleted.errors).toBeUndefined();
    expect((await through(embed.key, SEARCH, {}, { origin: 'https://new.gladsaxe.test' })).response.status).toBe(404);
  });
});
