import { startTestApi, type TestApi } from '../testing/test-api';

interface GroupNode {
  slug: string;
  name: string;
  contentLanguage: string;
  isDemo: boolean;
  enrolment: string;
  enrolmentLabel: string;
  audience: string;
  topics: { code: string; label: string }[];
  languages: string[];
  schedule: { weekday: string; startTime: string; endTime: string; timeZone: string; summary: string } | null;
  venue: { name: string; street: string; postalCode: string; town: string } | null;
  municipality: { code: string; name: string } | null;
  contact: { phone: string | null; email: string | null };
}

interface GroupsData {
  groups: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: GroupNode }[] };
}

const GROUPS = /* GraphQL */ `
  query Groups($filter: GroupFilter, $first: Int! = 20, $after: String, $locale: Language) {
    groups(filter: $filter, first: $first, after: $after, locale: $locale) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          slug name contentLanguage isDemo enrolment enrolmentLabel audience languages
          topics { code label }
          schedule { weekday startTime endTime timeZone summary }
          venue { name street postalCode town }
          municipality { code name }
          contact { phone email }
        }
      }
    }
  }
`;

describe('public group search over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  async function search(variables: Record<string, unknown>, headers?: Record<string, string>) {
    const response = await api.query<GroupsData>(GROUPS, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data?.groups as GroupsData['groups'];
  }
  const slugs = (groups: GroupsData['groups']) => groups.edges.map((edge) => edge.node.slug);

  it('answers a partner asking for the groups in municipality 159 with the real Gladsaxe groups, as seed 001 writes them', async () => {
    const groups = await search({ filter: { country: 'DK', municipalityCode: '159' }, locale: 'DA' });
    const monday = groups.edges.find((edge) => edge.node.slug === 'smart-recovery-soborg-mandag')?.node;
    expect(monday).toMatchObject({
      isDemo: false,
      schedule: { weekday: 'MONDAY', startTime: '19:00', endTime: '20:30', timeZone: 'Europe/Copenhagen', summary: 'Hver mandag kl. 19:00–20:30' },
      venue: { name: 'Forebyggelsescentret', street: 'Søborg Hovedgade 200', postalCode: '2860', town: 'Søborg' },
      municipality: { code: '159', name: 'Gladsaxe' },
      contact: { phone: '4498 3579', email: 'defrivilligeshus@gladsaxe.dk' },
    });
    expect(slugs(groups)).toEqual(
      expect.arrayContaining(['smart-recovery-soborg-mandag', 'smart-recovery-soborg-torsdag', 'smart-recovery-parorendegruppe-gladsaxe']),
    );
    expect(groups.edges.every((edge) => edge.node.municipality?.code === '159')).toBe(true);
    expect(slugs(groups)).not.toContain('smart-recovery-kgs-lyngby-sondag');
  });

  it('keeps the Lyngby group in municipality 173 on Sundays 20:00–21:30 at Rustenborgvej 2A, 2800 Kgs. Lyngby', async () => {
    const groups = await search({ filter: { municipalityCode: '173', topics: ['ALCOHOL'] } });
    expect(groups.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        slug: 'smart-recovery-kgs-lyngby-sondag',
        schedule: expect.objectContaining({ weekday: 'SUNDAY', startTime: '20:00', endTime: '21:30' }),
        venue: expect.objectContaining({ street: 'Rustenborgvej 2A', postalCode: '2800', town: 'Kgs. Lyngby' }),
      }),
    ]);
  });

  it('finds exactly the Monday and Thursday groups when searching "Søborg", in Danish from Accept-Language', async () => {
    const groups = await search({ filter: { text: 'Søborg' } }, { 'accept-language': 'da-DK,da;q=0.9,en;q=0.5' });
    expect(groups.totalCount).toBe(2);
    expect(groups.edges.map((edge) => edge.node.schedule?.summary)).toEqual(['Hver mandag kl. 19:00–20:30', 'Hver torsdag kl. 19:00–20:30']);
  });

  it('searches text case-insensitively and treats LIKE wildcards literally', async () => {
    expect((await search({ filter: { text: 'søBORG hovedgade' } })).totalCount).toBe(2);
    expect((await search({ filter: { text: '%' } })).totalCount).toBe(0);
  });

  it('shows relatives the relatives’ group, still forming with a waiting list, and groups for both', async () => {
    const groups = await search({ filter: { audience: 'RELATIVES', country: 'DK' }, locale: 'DA' });
    const relatives = groups.edges.find((edge) => edge.node.slug === 'smart-recovery-parorendegruppe-gladsaxe')?.node;
    expect(relatives).toMatchObject({ enrolment: 'FORMING', enrolmentLabel: 'Under opstart – skriv dig på ventelisten', schedule: null, isDemo: false });
    expect(groups.edges.every((edge) => ['RELATIVES', 'BOTH'].includes(edge.node.audience))).toBe(true);
    const both = await search({ filter: { audience: 'RELATIVES', country: 'PL' } });
    expect(slugs(both)).toEqual(['demo-klub-abstynenta-warszawa']);
  });

  it('finds alcohol, cannabis and gambling groups under addiction, and one SMART meeting under each of its topics', async () => {
    const addiction = slugs(await search({ filter: { topics: ['ADDICTION'] }, first: 50 }));
    expect(addiction).toEqual(expect.arrayContaining(['demo-miting-aa-krakow', 'demo-smart-recovery-mote-sodermalm', 'smart-recovery-parorendegruppe-gladsaxe']));
    expect(addiction).not.toContain('demo-sorggruppe-for-unge-lyngby');
    for (const topic of ['ALCOHOL', 'CANNABIS', 'GAMBLING', 'MEDICATION']) {
      expect(slugs(await search({ filter: { topics: [topic], country: 'SE' } }))).toEqual(['demo-smart-recovery-mote-sodermalm']);
    }
    expect(slugs(await search({ filter: { topics: ['GRIEF'] } }))).toEqual(['demo-sorggruppe-for-unge-lyngby']);
  });

  it('combines filters with AND across fields and OR within a list', async () => {
    const griefOrDivorce = slugs(await search({ filter: { topics: ['GRIEF', 'DIVORCE'] } }));
    expect(griefOrDivorce.sort()).toEqual(['demo-skilsmissegruppe-bagsvaerd', 'demo-sorggruppe-for-unge-lyngby']);
    expect(slugs(await search({ filter: { topics: ['GRIEF', 'DIVORCE'], municipalityCode: '173' } }))).toEqual(['demo-sorggruppe-for-unge-lyngby']);
    const polishOrSwedish = await search({ filter: { languages: ['PL', 'SV'] } });
    expect(new Set(polishOrSwedish.edges.flatMap((edge) => edge.node.languages))).toEqual(new Set(['PL', 'SV']));
    expect(polishOrSwedish.totalCount).toBe(4);
    expect(slugs(await search({ filter: { country: 'NO' } }))).toEqual(['demo-samtalegruppe-angst-oslo']);
  });

  it('flags every invented group as demo data and none of the real ones', async () => {
    const all = await search({ first: 50 });
    const real = all.edges.filter((edge) => !edge.node.isDemo).map((edge) => edge.node.slug);
    expect(real.sort()).toEqual([
      'smart-recovery-kgs-lyngby-sondag',
      'smart-recovery-parorendegruppe-gladsaxe',
      'smart-recovery-soborg-mandag',
      'smart-recovery-soborg-torsdag',
    ]);
    expect(all.edges.filter((edge) => edge.node.isDemo).every((edge) => edge.node.slug.startsWith('demo-'))).toBe(true);
  });

  it('pages through every group with cursors, in a stable order, without gaps or repeats', async () => {
    const all = slugs(await search({ first: 50 }));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GroupsData['groups'] = await search({ first: 3, after });
      expect(page.totalCount).toBe(all.length);
      seen.push(...slugs(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(10);
  });

  it('writes labels in the locale argument, which wins over Accept-Language', async () => {
    const groups = await search({ filter: { text: 'Søborg' }, locale: 'PL' }, { 'accept-language': 'da' });
    expect(groups.edges[0]?.node.schedule?.summary).toBe('W każdy poniedziałek, 19:00–20:30');
    expect(groups.edges[0]?.node.enrolmentLabel).toBe('Otwarta – po prostu przyjdź');
  });

  it("gives content in the language asked for, else the organisation's, and says which", async () => {
    const english = await search({ filter: { text: 'Søborg' }, locale: 'EN' });
    expect(english.edges[0]?.node).toMatchObject({ name: 'SMART Recovery Søborg – Monday', contentLanguage: 'EN' });
    const swedish = await search({ filter: { text: 'Søborg' }, locale: 'SV' });
    expect(swedish.edges[0]?.node).toMatchObject({ name: 'SMART Recovery Søborg – mandag', contentLanguage: 'DA' });
  });

  it('gives one group by slug, and GROUP_NOT_FOUND in the caller’s language when there is none', async () => {
    const found = await api.query<{ group: { name: string } }>(`{ group(slug: "smart-recovery-soborg-torsdag", locale: DA) { name } }`);
    expect(found.data?.group.name).toBe('SMART Recovery Søborg – torsdag');
    const missing = await api.query(`{ group(slug: "no-such-group", locale: DA) { name } }`);
    expect(missing.errors?.[0]).toMatchObject({
      message: 'Der findes ingen gruppe på denne adresse.',
      extensions: { code: 'GROUP_NOT_FOUND' },
    });
  });

  it('refuses a page larger than 50 or smaller than 1, with a translated error, and returns no data', async () => {
    for (const first of [51, 0]) {
      const response = await api.query(GROUPS, { first }, { 'accept-language': 'pl' });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({
        message: 'Rozmiar strony musi wynosić od 1 do 50.',
        extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE', fields: ['first'] },
      });
    }
  });

  it('refuses a search text over 100 characters and a cursor it did not make', async () => {
    const long = await api.query(GROUPS, { filter: { text: 'x'.repeat(101) } }, { 'accept-language': 'sv' });
    expect(long.errors?.[0]).toMatchObject({ message: 'Söktexten får vara högst 100 tecken lång.', extensions: { code: 'SEARCH_TEXT_TOO_LONG' } });
    const cursor = await api.query(GROUPS, { after: 'bm90LWEtY3Vyc29y' }, { 'accept-language': 'nb' });
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_CURSOR' }, message: 'Sidemarkøren er ugyldig. Start på nytt fra første side.' });
  });
});

describe('the vocabularies and places over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('lists the topics with labels in the language asked for', async () => {
    const response = await api.query<{ topics: { code: string; label: string; parent: string | null }[] }>(`{ topics(locale: NB) { code label parent } }`);
    expect(response.data?.topics).toEqual(
      expect.arrayContaining([
        { code: 'GAMBLING', label: 'Pengespill', parent: 'ADDICTION' },
        { code: 'GRIEF', label: 'Sorg', parent: null },
      ]),
    );
  });

  it('lists the municipalities of a country with their official codes', async () => {
    const response = await api.query<{ municipalities: { code: string; name: string }[] }>(`{ municipalities(country: DK) { code name } }`);
    expect(response.data?.municipalities).toEqual([
      { code: '159', name: 'Gladsaxe' },
      { code: '173', name: 'Lyngby-Taarbæk' },
    ]);
  });

  it('lists the organisations with their contact details and their groups', async () => {
    const response = await api.query<{
      organisations: { name: string; phone: string | null; email: string | null; isDemo: boolean; groups: { totalCount: number; edges: { node: { slug: string } }[] } }[];
    }>(`{ organisations { name phone email isDemo groups(first: 10) { totalCount edges { node { slug } } } } }`);
    const gladsaxe = response.data?.organisations.find((organisation) => organisation.name === 'De Frivilliges Hus');
    expect(gladsaxe).toMatchObject({ phone: '4498 3579', email: 'defrivilligeshus@gladsaxe.dk', isDemo: false, groups: { totalCount: 3 } });
    const lyngby = response.data?.organisations.find((organisation) => organisation.name === 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk');
    expect(lyngby?.groups.edges.map((edge) => edge.node.slug)).toEqual(['smart-recovery-kgs-lyngby-sondag']);
  });
});
