import { TEST_NOW, startTestApi, type TestApi } from '../testing/test-api';

interface GroupNode {
  slug: string;
  name: { text: string; language: string };
  isDemo: boolean;
  audience: string;
  languages: string[];
  format: string;
  enrolment: { state: string; label: string; callToAction: string; details: string[] };
  schedule: { timeZone: string; rrule: string | null; summary: string } | null;
  venue: { name: string; street: string; postalCode: string; town: string } | null;
  municipality: { code: string; name: string } | null;
  contact: { phone: string | null; email: string | null };
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; distanceKm: number | null; node: GroupNode }[];
}

const GROUPS = /* GraphQL */ `
  query Groups($filter: GroupFilter, $first: Int! = 50, $after: String, $sort: GroupSort, $locale: Language) {
    groups(filter: $filter, first: $first, after: $after, sort: $sort, locale: $locale) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        distanceKm
        node {
          slug isDemo audience languages format
          name { text language }
          enrolment { state label callToAction details }
          schedule { timeZone rrule summary }
          venue { name street postalCode town }
          municipality { code name }
          contact { phone email }
        }
      }
    }
  }
`;

let api: TestApi;

// Wednesday 25 November 2026, 10:00 in Copenhagen: the demo data's dates count from it, and the API's clock stands still at it.
const NOW = TEST_NOW;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});

afterAll(async () => {
  await api.stop();
});

async function search(variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Connection> {
  const response = await api.query<{ groups: Connection }>(GROUPS, variables, headers);
  expect(response.errors).toBeUndefined();
  return response.data?.groups as Connection;
}
const slugs = (groups: Connection) => groups.edges.map((edge) => edge.node.slug);
const sorted = (groups: Connection) => slugs(groups).sort();
async function errorOf(variables: Record<string, unknown>, locale = 'en') {
  const response = await api.query(GROUPS, variables, { 'accept-language': locale });
  expect(response.data ?? null).toBeNull();
  return response.errors?.[0];
}

describe('the real groups of seed 001', () => {
  it('answers a partner asking for municipality 159 with the Gladsaxe groups, as the seed writes them', async () => {
    const groups = await search({ filter: { country: 'DK', municipalityCode: '159' }, locale: 'DA' });
    const monday = groups.edges.find((edge) => edge.node.slug === 'smart-recovery-soborg-mandag')?.node;
    expect(monday).toMatchObject({
      isDemo: false,
      schedule: { timeZone: 'Europe/Copenhagen', rrule: 'FREQ=WEEKLY;BYDAY=MO', summary: 'Hver mandag kl. 19:00–20:30' },
      venue: { name: 'Forebyggelsescentret', street: 'Søborg Hovedgade 200', postalCode: '2860', town: 'Søborg' },
      municipality: { code: '159', name: 'Gladsaxe' },
      contact: { phone: '4498 3579', email: 'defrivilligeshus@gladsaxe.dk' },
    });
    expect(slugs(groups)).toEqual(expect.arrayContaining(['smart-recovery-soborg-torsdag', 'smart-recovery-parorendegruppe-gladsaxe']));
    expect(groups.edges.every((edge) => edge.node.municipality?.code === '159')).toBe(true);
  });

  it('keeps the Lyngby group on Sundays 20:00–21:30 at Rustenborgvej 2A, 2800 Kgs. Lyngby', async () => {
    const groups = await search({ filter: { municipalityCode: '173', methods: ['SMART_RECOVERY'] }, locale: 'DA' });
    expect(groups.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        slug: 'smart-recovery-kgs-lyngby-sondag',
        schedule: expect.objectContaining({ summary: 'Hver søndag kl. 20:00–21:30' }),
        venue: expect.objectContaining({ street: 'Rustenborgvej 2A', postalCode: '2800', town: 'Kgs. Lyngby' }),
      }),
    ]);
  });

  it('shows the relatives’ group as forming, with the waiting list as the thing to do', async () => {
    const groups = await search({ filter: { audience: 'RELATIVES', municipalityCode: '159' }, locale: 'DA' });
    expect(groups.edges.find((edge) => edge.node.slug === 'smart-recovery-parorendegruppe-gladsaxe')?.node).toMatchObject({
      schedule: null,
      enrolment: { state: 'FORMING', label: 'Under opstart – skriv dig på ventelisten', callToAction: 'Skriv dig på ventelisten' },
    });
  });
});

describe('text search', () => {
  it('finds exactly the Monday and Thursday groups for "Søborg", in Danish from Accept-Language', async () => {
    const groups = await search({ filter: { text: 'Søborg' }, sort: 'NAME' }, { 'accept-language': 'da-DK,da;q=0.9' });
    expect(slugs(groups)).toEqual(['smart-recovery-soborg-mandag', 'smart-recovery-soborg-torsdag']);
    expect(groups.edges.map((edge) => edge.node.schedule?.summary)).toEqual(['Hver mandag kl. 19:00–20:30', 'Hver torsdag kl. 19:00–20:30']);
  });

  it('ignores case and diacritics, in both directions', async () => {
    expect(sorted(await search({ filter: { text: 'SOBORG hovedgade' } }))).toEqual(['smart-recovery-soborg-mandag', 'smart-recovery-soborg-torsdag']);
    expect(slugs(await search({ filter: { text: 'krakow' } }))).toEqual(['demo-miting-aa-krakow']);
    expect(slugs(await search({ filter: { text: 'Sødermalm' } }))).toEqual(['demo-smart-recovery-mote-sodermalm']);
  });

  it('knows grief by its names in five languages: sorg, żałoba, grief, mistet', async () => {
    const grief = ['demo-sorg-efter-tab-kursus-gladsaxe', 'demo-sorggruppe-for-unge-lyngby', 'demo-sorggruppe-oslo'];
    for (const word of ['sorg', 'żałoba', 'zaloba', 'grief', 'mistet']) expect(sorted(await search({ filter: { text: word } }))).toEqual(grief);
  });

  it('finds SMART Recovery and AA groups for "alkohol", whatever their own language', async () => {
    const found = slugs(await search({ filter: { text: 'alkohol' } }));
    expect(found).toEqual(expect.arrayContaining(['smart-recovery-soborg-mandag', 'demo-smart-recovery-mote-sodermalm', 'demo-miting-aa-krakow', 'demo-miting-aa-online-pl']));
    expect(found).not.toContain('demo-sorggruppe-oslo');
  });

  it('needs every word, and takes marks such as wildcards for no words at all', async () => {
    expect(slugs(await search({ filter: { text: 'sorg unge' } }))).toEqual(['demo-sorggruppe-for-unge-lyngby']);
    expect((await search({ filter: { text: '%_ –' } })).totalCount).toBe((await search({})).totalCount);
    expect(slugs(await search({ filter: { text: 'aa kraków' } }))).toEqual(['demo-miting-aa-krakow']);
  });

  it('finds a group by another spelling or a typo when no group has the word as typed: "mityng AA", "skilsmise", "anonimowi alkoholicy"', async () => {
    expect(sorted(await search({ filter: { text: 'mityng AA' } }))).toEqual(['demo-miting-aa-krakow', 'demo-miting-aa-online-pl']);
    expect(slugs(await search({ filter: { text: 'skilsmise' } }))).toEqual(['demo-skilsmissegruppe-bagsvaerd']);
    expect(sorted(await search({ filter: { text: 'anonimowi alkoholicy' } }))).toEqual(['demo-miting-aa-krakow', 'demo-miting-aa-online-pl']);
    // A word some group has keeps its exact meaning: "miting" is not also "mityng"'s neighbours.
    expect(sorted(await search({ filter: { text: 'miting' } }))).toEqual(['demo-miting-aa-krakow', 'demo-miting-aa-online-pl', 'demo-miting-na-warszawa']);
  });

  it('ranks the closest match first: a word in a group’s name, place or topics before one only in its other texts, whatever meets sooner', async () => {
    const grief = ['demo-sorggruppe-oslo', 'demo-sorggruppe-for-unge-lyngby', 'demo-sorg-efter-tab-kursus-gladsaxe'];
    // The divorce group meets before every grief group; for a while its description mentions grief ("sorg") too.
    const divorce = 'demo-skilsmissegruppe-bagsvaerd';
    const [{ search_text: before }] = (await api.dataSource.query(`SELECT search_text FROM groups WHERE slug = $1`, [divorce])) as [{ search_text: string }];
    await api.dataSource.query(`UPDATE groups SET search_text = search_text || 'sorg ' WHERE slug = $1`, [divorce]);
    try {
      expect(slugs(await search({ filter: { text: 'sorg' } }))).toEqual([...grief, divorce]);
      expect(slugs(await search({ filter: { text: 'sorg' }, sort: 'NEXT_MEETING' }))).toEqual([divorce, ...grief]);
      // Page by page, in the same order.
      const first = await search({ filter: { text: 'sorg' }, first: 3 });
      const next = await search({ filter: { text: 'sorg' }, first: 3, after: first.pageInfo.endCursor });
      expect([...slugs(first), ...slugs(next)]).toEqual([...grief, divorce]);
      expect(next.pageInfo.hasNextPage).toBe(false);
      // A cursor of another order is refused, not misread.
      const byMeeting = await search({ filter: { text: 'sorg' }, first: 1, sort: 'NEXT_MEETING' });
      expect(await errorOf({ filter: { text: 'sorg' }, after: byMeeting.pageInfo.endCursor })).toMatchObject({ extensions: { code: 'INVALID_CURSOR' } });
    } finally {
      await api.dataSource.query(`UPDATE groups SET search_text = $2 WHERE slug = $1`, [divorce, before]);
    }
  });

  it('sorts by RELEVANCE without words (none, or only spaces) as by next meeting, page by page', async () => {
    const byMeeting = slugs(await search({ filter: { country: 'DK' }, sort: 'NEXT_MEETING' }));
    expect(byMeeting.length).toBeGreaterThan(3);
    expect(slugs(await search({ filter: { country: 'DK' }, sort: 'RELEVANCE' }))).toEqual(byMeeting);
    expect(slugs(await search({ filter: { country: 'DK', text: '   ' }, sort: 'RELEVANCE' }))).toEqual(byMeeting);
    const first = await search({ filter: { country: 'DK' }, sort: 'RELEVANCE', first: 2 });
    const next = await search({ filter: { country: 'DK' }, sort: 'RELEVANCE', first: 50, after: first.pageInfo.endCursor });
    expect([...slugs(first), ...slugs(next)]).toEqual(byMeeting);
  });

  it('matches "AA" and "NA" to the fellowships’ own groups only, not to every group that mentions the other fellowship', async () => {
    expect(sorted(await search({ filter: { text: 'AA' } }))).toEqual(['demo-miting-aa-krakow', 'demo-miting-aa-online-pl']);
    expect(sorted(await search({ filter: { text: 'NA' } }))).toEqual(['demo-miting-na-warszawa']);
    // Short words still find a short town name, which is a key word of the groups meeting there.
    expect(slugs(await search({ filter: { text: 'na warszawa' } }))).toEqual(['demo-miting-na-warszawa']);
  });
});

describe('widenings', () => {
  const WIDENINGS = `query ($filter: GroupFilter) { groups(filter: $filter) { totalCount widenings { kind count } } }`;
  const widen = async (filter: Record<string, unknown>) => (await api.query<{ groups: { totalCount: number; widenings: { kind: string; count: number }[] } }>(WIDENINGS, { filter })).data?.groups;

  it('suggests for an empty search what to leave out, each with how many groups that finds, and only what finds some', async () => {
    // The divorce group meets in Bagsværd (Gladsaxe), which borders Lyngby-Taarbæk.
    const inLyngby = { municipalityCode: '173', country: 'DK', text: 'skilsmisse' };
    const lyngby = await widen(inLyngby);
    expect(lyngby?.totalCount).toBe(0);
    expect(lyngby?.widenings).toEqual([
      { kind: 'NEIGHBOURS', count: 1 },
      { kind: 'TEXT', count: (await search({ filter: { ...inLyngby, text: null } })).totalCount },
    ]);
    // In Gladsaxe on a Sunday: each filter left out says what it would find, both together too; none finding nothing.
    const onSunday = { municipalityCode: '159', country: 'DK', topics: ['DIVORCE'], weekdays: ['SUNDAY'] };
    const sunday = await widen(onSunday);
    expect(sunday?.totalCount).toBe(0);
    const expected = [
      { kind: 'NEIGHBOURS', count: (await search({ filter: { ...onSunday, includeNeighbours: true } })).totalCount },
      { kind: 'FILTERS', count: (await search({ filter: { ...onSunday, topics: null, weekdays: null } })).totalCount },
      { kind: 'TOPICS', count: (await search({ filter: { ...onSunday, topics: null } })).totalCount },
      { kind: 'WHEN', count: (await search({ filter: { ...onSunday, weekdays: null } })).totalCount },
    ].filter((widening) => widening.count > 0);
    expect(expected.map((widening) => widening.kind)).toEqual(expect.arrayContaining(['FILTERS', 'WHEN']));
    expect(sunday?.widenings).toEqual(expected);
  });

  it('suggests for a place that finds nothing to look further, or without the place', async () => {
    // Aarhus ("8000") on Gladsaxe's page: nothing there, nothing within 50 km of it in Gladsaxe; all of Gladsaxe without it.
    const aarhus = await widen({ municipalityCode: '159', country: 'DK', place: '8000' });
    expect(aarhus?.totalCount).toBe(0);
    expect(aarhus?.widenings).toEqual(expect.arrayContaining([{ kind: 'PLACE', count: (await search({ filter: { municipalityCode: '159', country: 'DK' } })).totalCount }]));
    expect(aarhus?.widenings.map((widening) => widening.kind)).not.toContain('DISTANCE');
    // Grief groups within 2 km of Søborg: none, but some within 50 km.
    const nearby = { country: 'DK', place: 'Søborg', radiusKm: 2, topics: ['GRIEF'] };
    const close = await widen(nearby);
    expect(close?.totalCount).toBe(0);
    const within50 = (await search({ filter: { ...nearby, radiusKm: 50 } })).totalCount;
    expect(within50).toBeGreaterThan(0);
    expect(close?.widenings).toEqual(expect.arrayContaining([{ kind: 'DISTANCE', count: within50 }]));
  });
});

describe('filters', () => {
  it('filters by topic, a parent topic including its sub-topics', async () => {
    const addiction = slugs(await search({ filter: { topics: ['ADDICTION'] } }));
    expect(addiction).toEqual(expect.arrayContaining(['demo-miting-na-warszawa', 'demo-smart-recovery-mote-sodermalm', 'smart-recovery-parorendegruppe-gladsaxe']));
    expect(addiction).not.toContain('demo-sorggruppe-oslo');
    for (const topic of ['ALCOHOL', 'CANNABIS', 'GAMBLING', 'MEDICATION']) {
      expect(slugs(await search({ filter: { topics: [topic], country: 'SE' } }))).toEqual(['demo-smart-recovery-mote-sodermalm']);
    }
  });

  it('filters by audience, age band, a given age, format, method, language, enrolment and accessibility', async () => {
    expect(sorted(await search({ filter: { audience: 'RELATIVES', country: 'PL' } }))).toEqual(['demo-klub-abstynenta-warszawa']);
    expect(sorted(await search({ filter: { ageBands: ['CHILDREN', 'YOUTH'] } }))).toEqual(['demo-bornegruppe-syg-foraelder-lyngby', 'demo-sorggruppe-for-unge-lyngby']);
    expect(sorted(await search({ filter: { age: 9 } }))).toEqual(['demo-bornegruppe-syg-foraelder-lyngby']);
    expect(slugs(await search({ filter: { age: 16, topics: ['GRIEF'] } }))).toEqual(['demo-sorggruppe-for-unge-lyngby']);
    expect(sorted(await search({ filter: { formats: ['ONLINE', 'HYBRID'] } }))).toEqual([
      'demo-miting-aa-online-pl',
      'demo-smart-recovery-mote-sodermalm',
      'demo-smart-recovery-online-english',
    ]);
    expect(sorted(await search({ filter: { methods: ['ABSTINENCE_CLUB'] } }))).toEqual(['demo-klub-abstynenta-warszawa']);
    expect(sorted(await search({ filter: { languages: ['NB'] } }))).toEqual(['demo-samtalegruppe-angst-oslo', 'demo-sorggruppe-oslo']);
    expect(sorted(await search({ filter: { enrolment: ['FULL', 'PAUSED'] } }))).toEqual(['demo-ensomhed-seniorer-lyngby', 'demo-gaatur-og-snak-gladsaxe']);
    expect(sorted(await search({ filter: { accessibility: ['HEARING_LOOP', 'STEP_FREE'], country: 'DK' } }))).toEqual([
      'demo-bornegruppe-syg-foraelder-lyngby',
      'demo-ensomhed-seniorer-lyngby',
      'demo-sorggruppe-for-unge-lyngby',
    ]);
  });

  it('filters by weekday and time of day in the group’s own time', async () => {
    const monday = sorted(await search({ filter: { weekdays: ['MONDAY'], country: 'DK' } }));
    expect(monday).toEqual(['smart-recovery-soborg-mandag']);
    const mornings = sorted(await search({ filter: { timesOfDay: ['MORNING'] } }));
    expect(mornings).toEqual(expect.arrayContaining(['demo-ensomhed-seniorer-lyngby', 'demo-smart-recovery-online-english']));
    expect(mornings).not.toContain('smart-recovery-soborg-mandag');
    expect(sorted(await search({ filter: { weekdays: ['SUNDAY'], timesOfDay: ['EVENING'] } }))).toEqual(['demo-miting-aa-online-pl', 'smart-recovery-kgs-lyngby-sondag']);
  });

  it('finds groups with a meeting within a few days, and not those still forming or on a break', async () => {
    const soon = slugs(await search({ filter: { startsWithinDays: 7 } }));
    expect(soon).toEqual(expect.arrayContaining(['smart-recovery-soborg-mandag', 'demo-miting-aa-online-pl']));
    expect(soon).not.toContain('smart-recovery-parorendegruppe-gladsaxe');
    // The course starts in five weeks, on Wednesday 30 December; the walks are on a break until 16 January.
    expect(soon).not.toContain('demo-sorg-efter-tab-kursus-gladsaxe');
    expect(soon).not.toContain('demo-gaatur-og-snak-gladsaxe');
    expect(slugs(await search({ filter: { startsWithinDays: 36 } }))).toContain('demo-sorg-efter-tab-kursus-gladsaxe');
  });

  it('combines filters with AND across fields and OR within a list', async () => {
    expect(sorted(await search({ filter: { topics: ['GRIEF', 'DIVORCE'], country: 'DK' } }))).toEqual([
      'demo-skilsmissegruppe-bagsvaerd',
      'demo-sorg-efter-tab-kursus-gladsaxe',
      'demo-sorggruppe-for-unge-lyngby',
    ]);
    expect(sorted(await search({ filter: { topics: ['GRIEF', 'DIVORCE'], municipalityCode: '173', languages: ['DA', 'EN'] } }))).toEqual([
      'demo-sorggruppe-for-unge-lyngby',
    ]);
  });
});

describe('search by place', () => {
  it('finds groups near a point within the radius, nearest first, with their distance', async () => {
    const near = await search({ filter: { near: { latitude: 55.7704, longitude: 12.5038 }, radiusKm: 3 } });
    expect(near.edges[0]?.node.venue?.town).toBe('Kgs. Lyngby');
    expect(near.edges[0]?.distanceKm).toBe(0);
    const distances = near.edges.map((edge) => edge.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(3);
    expect(slugs(near)).toContain('smart-recovery-kgs-lyngby-sondag');
    expect(slugs(near)).not.toContain('smart-recovery-soborg-mandag');
    const wider = await search({ filter: { near: { latitude: 55.7704, longitude: 12.5038 }, radiusKm: 10 } });
    expect(slugs(wider)).toContain('smart-recovery-soborg-mandag');
  });

  it('finds groups near a town or postcode the visitor types, from the shipped gazetteer', async () => {
    const lyngby = sorted(await search({ filter: { place: 'Lyngby', radiusKm: 3 } }));
    expect(lyngby).toContain('demo-sorggruppe-for-unge-lyngby');
    expect(sorted(await search({ filter: { place: '2800', radiusKm: 3 } }))).toEqual(lyngby);
    expect(slugs(await search({ filter: { place: 'Warszawa', radiusKm: 5 } }))).toEqual(
      expect.arrayContaining(['demo-klub-abstynenta-warszawa', 'demo-miting-na-warszawa']),
    );
  });

  it('looks a postcode typed on a municipality’s page up in that municipality’s country: "2860" in Gladsaxe is Søborg, not Hov in Norway', async () => {
    const soborg = sorted(await search({ filter: { municipalityCode: '159', place: '2860', radiusKm: 3 } }));
    expect(soborg).toEqual(expect.arrayContaining(['smart-recovery-soborg-mandag', 'smart-recovery-soborg-torsdag']));
    expect(soborg).toEqual(sorted(await search({ filter: { municipalityCode: '159', country: 'DK', place: '2860', radiusKm: 3 } })));
    // A page that names no municipality nor country: the country of the language the visitor reads (a widget on a Danish page).
    expect(sorted(await search({ filter: { place: '2860', radiusKm: 3 } }, { 'accept-language': 'da' }))).toEqual(soborg);
  });

  it('searches in a municipality the visitor names, as by its code, and near a town of the same name', async () => {
    const byCode = async (code: string) => sorted(await search({ filter: { municipalityCode: code } }));
    const gladsaxe = await search({ filter: { place: 'Gladsaxe' } });
    expect(sorted(gladsaxe)).toEqual(await byCode('159'));
    expect(sorted(gladsaxe)).toEqual(expect.arrayContaining(['smart-recovery-soborg-mandag', 'smart-recovery-soborg-torsdag']));
    // In it, not near it: in order of the next meeting, without distances.
    expect(gladsaxe.edges.map((edge) => edge.distanceKm)).toEqual(gladsaxe.edges.map(() => null));
    expect(sorted(await search({ filter: { place: 'Lyngby-Taarbæk Kommune' } }))).toEqual(await byCode('173'));
    expect(sorted(await search({ filter: { place: 'gladsaxe kommune', municipalityCode: '173' } }))).toEqual([]);
    expect(slugs(await search({ filter: { place: 'Gmina Kraków' } }))).toEqual(['demo-miting-aa-krakow']);
    // Kraków is a town too: searched near, with the distance.
    expect((await search({ filter: { place: 'Kraków', radiusKm: 10 } })).edges[0]?.distanceKm).toEqual(expect.any(Number));
  });

  it('adds online groups in the caller’s language when asked', async () => {
    const polish = slugs(await search({ filter: { place: 'Kraków', radiusKm: 10, includeOnline: true }, locale: 'PL' }));
    expect(polish).toEqual(['demo-miting-aa-krakow', 'demo-miting-aa-online-pl']);
    const english = slugs(await search({ filter: { municipalityCode: '173', includeOnline: true }, locale: 'EN' }));
    expect(english).toContain('demo-smart-recovery-online-english');
    expect(english).not.toContain('demo-miting-aa-online-pl');
  });

  it('takes in the neighbouring municipalities when asked', async () => {
    const alone = slugs(await search({ filter: { municipalityCode: '159' } }));
    const withNeighbours = slugs(await search({ filter: { municipalityCode: '159', includeNeighbours: true } }));
    expect(alone).not.toContain('smart-recovery-kgs-lyngby-sondag');
    expect(withNeighbours).toEqual(expect.arrayContaining([...alone, 'smart-recovery-kgs-lyngby-sondag']));
  });

  it('says so, translated, when it does not know a place, or the radius is out of range', async () => {
    expect(await errorOf({ filter: { place: 'Atlantis' } }, 'da')).toMatchObject({
      message: 'Vi kender ikke stedet “Atlantis”. Prøv en by, en kommune eller et postnummer.',
      extensions: { code: 'PLACE_NOT_FOUND' },
    });
    expect((await errorOf({ filter: { place: 'Lyngby', radiusKm: 500 } }))?.extensions.code).toBe('RADIUS_OUT_OF_RANGE');
    expect((await errorOf({ sort: 'DISTANCE' }))?.extensions.code).toBe('DISTANCE_NEEDS_LOCATION');
    expect((await errorOf({ filter: { place: 'Lyngby', near: { latitude: 55, longitude: 12 } } }))?.extensions.code).toBe('CONFLICTING_LOCATION');
    expect((await errorOf({ filter: { near: { latitude: 95, longitude: 12 } } }))?.extensions.code).toBe('COORDINATES_OUT_OF_RANGE');
    // A distance with nothing to measure it from is said, not quietly ignored.
    expect(await errorOf({ filter: { country: 'DK', radiusKm: 10 } }, 'da')).toMatchObject({
      message: 'En afstand (radiusKm) kræver et punkt eller et sted at måle fra.',
      extensions: { code: 'RADIUS_NEEDS_LOCATION' },
    });
  });
});

describe('facets', () => {
  it('counts per value for the same search, each filter’s own choice left out', async () => {
    const response = await api.query<{
      groups: { totalCount: number; facets: { topics: { value: string; count: number; label: string }[]; ageBands: { value: string; count: number }[] } };
    }>(
      `query ($filter: GroupFilter) { groups(filter: $filter, first: 1, locale: DA) { totalCount facets { topics { value label count } ageBands { value count } } } }`,
      { filter: { country: 'DK', topics: ['GRIEF'] } },
    );
    const { totalCount, facets } = response.data?.groups ?? { totalCount: 0, facets: { topics: [], ageBands: [] } };
    expect(totalCount).toBe(2);
    const topic = (code: string) => facets.topics.find((count) => count.value === code);
    // Topics are counted without the topic filter: across all Danish groups.
    expect(topic('GRIEF')).toEqual({ value: 'GRIEF', label: 'Sorg', count: 2 });
    expect(topic('DIVORCE')?.count).toBe(1);
    expect(topic('ADDICTION')?.count).toBe(5);
    // Age bands are counted with the topic filter: among the grief groups.
    expect(facets.ageBands.find((count) => count.value === 'YOUTH')?.count).toBe(1);
    expect(facets.ageBands.find((count) => count.value === 'CHILDREN')?.count).toBe(0);
  });
});

describe('order and pages', () => {
  it('puts the soonest meeting first and groups without one last', async () => {
    const all = await search({ sort: 'NEXT_MEETING' });
    expect(slugs(all).at(-1)).toBe('smart-recovery-parorendegruppe-gladsaxe');
    expect(slugs(all)[0]).not.toBe('smart-recovery-parorendegruppe-gladsaxe');
  });

  it.each(['NEXT_MEETING', 'NAME'])('pages through every group by %s without gaps or repeats', async (sort) => {
    const all = slugs(await search({ sort }));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Connection = await search({ first: 4, after, sort });
      seen.push(...slugs(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(15);
  });

  it('pages by distance too', async () => {
    const filter = { near: { latitude: 55.75, longitude: 12.5 }, radiusKm: 30, includeOnline: true };
    const all = slugs(await search({ filter, locale: 'EN' }));
    const first = await search({ filter, first: 3, locale: 'EN' });
    const rest = await search({ filter, first: 50, after: first.pageInfo.endCursor, locale: 'EN' });
    expect([...slugs(first), ...slugs(rest)]).toEqual(all);
    expect(all.at(-1)).toBe('demo-smart-recovery-online-english');
  });

  it('refuses a cursor from another sort, a page over 50 and a search text over 100 characters', async () => {
    const byName = await search({ first: 1, sort: 'NAME' });
    expect((await errorOf({ after: byName.pageInfo.endCursor, sort: 'NEXT_MEETING' }))?.extensions.code).toBe('INVALID_CURSOR');
    expect(await errorOf({ first: 51 }, 'pl')).toMatchObject({ message: 'Rozmiar strony musi wynosić od 1 do 50.', extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE' } });
    expect((await errorOf({ filter: { text: 'x'.repeat(101) } }, 'sv'))?.message).toBe('Söktexten får vara högst 100 tecken lång.');
  });
});

describe('one group', () => {
  const GROUP = /* GraphQL */ `
    query Group($slug: String!, $from: DateTimeISO, $first: Int! = 3, $locale: Language) {
      group(slug: $slug, locale: $locale) {
        name { text language }
        description { text language }
        ageLabel methodLabel promiseLabels
        facilitation { facilitatorCount details }
        enrolment { state details intake { text } }
        venue { accessibilityLabels transportNotes { text } }
        schedule { summary pauses { from until summary } }
        nextMeetings(first: $first, from: $from) { start end status statusLabel originalStart }
      }
    }
  `;

  it('gives content in the language asked for, else the organisation’s, and says which', async () => {
    const english = await api.query<{ group: GroupNode }>(GROUP, { slug: 'demo-sorggruppe-for-unge-lyngby', locale: 'EN' });
    expect(english.data?.group.name).toEqual({ text: 'Grief group for young people', language: 'EN' });
    const polish = await api.query<{ group: GroupNode }>(GROUP, { slug: 'demo-sorggruppe-for-unge-lyngby', locale: 'PL' });
    expect(polish.data?.group.name).toEqual({ text: 'Sorggruppe for unge', language: 'DA' });
  });

  it('tells who it is for, how it works and how to join, in words', async () => {
    const response = await api.query<{ group: Record<string, unknown> }>(GROUP, { slug: 'demo-sorggruppe-for-unge-lyngby', locale: 'DA' });
    expect(response.data?.group).toMatchObject({
      ageLabel: '13–18 år',
      methodLabel: 'Gruppe med igangsætter',
      promiseLabels: ['Tavshedspligt', 'Gratis', 'Selvhjælp, ikke behandling'],
      facilitation: { facilitatorCount: 2, details: ['2 igangsættere'] },
      enrolment: { state: 'OPEN_AFTER_INTAKE', details: ['4–8 personer', '3 ledige pladser'], intake: { text: expect.stringContaining('igangsætterne') } },
      venue: { accessibilityLabels: ['Niveaufri adgang', 'Teleslynge', 'Handicaptoilet'], transportNotes: { text: 'Fem minutters gang fra Lyngby Station.' } },
    });
  });

  it('lists the next meetings with their offsets across the October daylight-saving change', async () => {
    // Every 14 days on Tuesday since 11 August, fifteen weeks before NOW.
    const response = await api.query<{ group: { nextMeetings: unknown[] } }>(GROUP, { slug: 'demo-sorggruppe-for-unge-lyngby', from: '2026-10-01T00:00:00Z' });
    expect(response.data?.group.nextMeetings).toEqual([
      { start: '2026-10-06T16:30:00+02:00', end: '2026-10-06T18:00:00+02:00', status: 'SCHEDULED', statusLabel: 'As planned', originalStart: null },
      { start: '2026-10-20T16:30:00+02:00', end: '2026-10-20T18:00:00+02:00', status: 'SCHEDULED', statusLabel: 'As planned', originalStart: null },
      { start: '2026-11-03T16:30:00+01:00', end: '2026-11-03T18:00:00+01:00', status: 'SCHEDULED', statusLabel: 'As planned', originalStart: null },
    ]);
  });

  it('marks the second coming meeting cancelled, skips the coming Christmas break and says why', async () => {
    // No `from`: the meetings coming after the API's clock.
    const response = await api.query<{ group: { nextMeetings: { start: string; status: string }[]; schedule: { pauses: unknown[] } } }>(GROUP, {
      slug: 'demo-sorggruppe-for-unge-lyngby',
      locale: 'EN',
    });
    expect(response.data?.group.nextMeetings.map(({ start, status }) => [start, status])).toEqual([
      ['2026-12-01T16:30:00+01:00', 'SCHEDULED'],
      ['2026-12-15T16:30:00+01:00', 'CANCELLED'],
      ['2027-01-12T16:30:00+01:00', 'SCHEDULED'],
    ]);
    expect(response.data?.group.schedule.pauses).toEqual([{ from: '2026-12-21', until: '2027-01-03', summary: 'Christmas break 21 December 2026\u2009–\u20093 January 2027' }]);
  });

  it('shows a moved meeting at its new time and when it was to be', async () => {
    const response = await api.query<{ group: { nextMeetings: unknown[] } }>(GROUP, { slug: 'demo-smart-recovery-mote-sodermalm', locale: 'SV' });
    expect(response.data?.group.nextMeetings).toEqual([
      { start: '2026-11-25T18:00:00+01:00', end: '2026-11-25T19:30:00+01:00', status: 'SCHEDULED', statusLabel: 'Som planerat', originalStart: null },
      { start: '2026-12-01T18:00:00+01:00', end: '2026-12-01T19:30:00+01:00', status: 'MOVED', statusLabel: 'Flyttat', originalStart: '2026-12-02T18:00:00+01:00' },
      { start: '2026-12-09T18:00:00+01:00', end: '2026-12-09T19:30:00+01:00', status: 'SCHEDULED', statusLabel: 'Som planerat', originalStart: null },
    ]);
  });

  it('says in words when the course starts and when the walks begin again, as of the API’s clock', async () => {
    const course = await api.query<{ group: { description: { text: string }; schedule: { summary: string } } }>(GROUP, {
      slug: 'demo-sorg-efter-tab-kursus-gladsaxe',
      locale: 'DA',
    });
    expect(course.data?.group.description.text).toContain('Ti møder om ugen fra 30. december 2026');
    expect(course.data?.group.schedule.summary).toBe('Hver onsdag kl. 18:00–19:30, 10 møder fra 30. december');
    const walks = await api.query<{ group: { enrolment: { state: string; details: string[] }; nextMeetings: { start: string }[] } }>(GROUP, {
      slug: 'demo-gaatur-og-snak-gladsaxe',
      first: 1,
      locale: 'DA',
    });
    expect(walks.data?.group.enrolment).toMatchObject({ state: 'PAUSED', details: [expect.stringContaining('16. januar 2027')] });
    expect(walks.data?.group.nextMeetings).toEqual([expect.objectContaining({ start: '2027-01-16T10:00:00+01:00' })]);
  });

  it('refuses more than 20 meetings at a time', async () => {
    const response = await api.query(GROUP, { slug: 'demo-miting-aa-online-pl', first: 21 });
    expect(response.errors?.[0]?.extensions.code).toBe('MEETINGS_OUT_OF_RANGE');
  });

  it('answers GROUP_NOT_FOUND in the caller’s language', async () => {
    const missing = await api.query(`{ group(slug: "no-such-group", locale: DA) { slug } }`);
    expect(missing.errors?.[0]).toMatchObject({ message: 'Der findes ingen gruppe på denne adresse.', extensions: { code: 'GROUP_NOT_FOUND' } });
  });
});

describe('the vocabularies and places', () => {
  it('lists the topics with labels in the language asked for', async () => {
    const response = await api.query<{ topics: { code: string; label: string; parent: string | null }[] }>(`{ topics(locale: NB) { code label parent } }`);
    expect(response.data?.topics).toEqual(expect.arrayContaining([{ code: 'GAMBLING', label: 'Pengespill', parent: 'ADDICTION' }, { code: 'GRIEF', label: 'Sorg', parent: null }]));
  });

  it('lists the municipalities of a country with their official codes', async () => {
    const response = await api.query<{ municipalities: { code: string; name: string }[] }>(`{ municipalities(country: DK) { code name } }`);
    expect(response.data?.municipalities).toEqual([
      { code: '159', name: 'Gladsaxe' },
      { code: '173', name: 'Lyngby-Taarbæk' },
    ]);
  });

  it('lists the organisations with their contact details and their groups', async () => {
    const response = await api.query<{ organisations: { name: string; phone: string | null; isDemo: boolean; groups: { totalCount: number; edges: { node: { slug: string } }[] } }[] }>(
      `{ organisations { name phone isDemo groups(first: 10) { totalCount edges { node { slug } } } } }`,
    );
    const gladsaxe = response.data?.organisations.find((organisation) => organisation.name === 'De Frivilliges Hus');
    expect(gladsaxe).toMatchObject({ phone: '4498 3579', isDemo: false, groups: { totalCount: 3 } });
    const lyngby = response.data?.organisations.find((organisation) => organisation.name === 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk');
    expect(lyngby?.groups.edges.map((edge) => edge.node.slug)).toEqual(['smart-recovery-kgs-lyngby-sondag']);
    // By name, whatever the case of its letters.
    const names = response.data?.organisations.map((organisation) => organisation.name) ?? [];
    // Letters by code point (JavaScript's < on these names), as PostgreSQL's "C" collation orders them.
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(names.some((name) => name !== name.toLowerCase() && /^[A-Z]{2}/.test(name))).toBe(true);
  });

  it('flags every invented group as demo data and none of the real ones', async () => {
    const all = await search({});
    expect(all.edges.filter((edge) => !edge.node.isDemo).map((edge) => edge.node.slug).sort()).toEqual([
      'smart-recovery-kgs-lyngby-sondag',
      'smart-recovery-parorendegruppe-gladsaxe',
      'smart-recovery-soborg-mandag',
      'smart-recovery-soborg-torsdag',
    ]);
    expect(all.edges.filter((edge) => edge.node.isDemo).every((edge) => edge.node.slug.startsWith('demo-'))).toBe(true);
  });
});
