import { ApiSession, DEMO_ORGANISATION, PLATFORM_ADMIN, uniqueSuffix } from './accounts';

// Groups for the journeys, set up and read through the API as a partner or the dashboard would.

/** Sets a group up through the API as the platform admin: run by the demo organisation itself, in Gladsaxe. */
export async function groupMadeByApi(name: string): Promise<{ id: string; slug: string }> {
  const admin = await ApiSession.open();
  await admin.signIn(PLATFORM_ADMIN);
  const { organisation } = await admin.query<{ organisation: { id: string } }>(`query ($slug: String!) { organisation(slug: $slug) { id } }`, { slug: DEMO_ORGANISATION.slug });
  const { municipalities } = await admin.query<{ municipalities: { id: string; name: string }[] }>(`{ municipalities { id name } }`);
  const slug = `e2e-${uniqueSuffix()}`;
  const fields = {
    slug,
    unitId: null,
    venueId: null,
    municipalityId: municipalities.find((municipality) => municipality.name === 'Gladsaxe')?.id,
    name: { da: name },
    description: { da: 'En samtalegruppe for efterladte.' },
    practicalNotes: {},
    intakeText: {},
    topics: ['GRIEF'],
    audience: 'AFFECTED',
    ageBand: null,
    ageMin: null,
    ageMax: null,
    format: 'IN_PERSON',
    onlineJoinUrl: null,
    onlineJoinOnRequest: false,
    languages: ['DA'],
    method: null,
    promises: [],
    facilitatorCount: 0,
    starterMeetings: null,
    schedule: { timeZone: 'Europe/Copenhagen', start: '2027-03-17T17:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=WE', exdates: [], rdates: [], moves: [], pauses: [] },
    enrolment: 'OPEN',
    formingMinimum: null,
    sizeMin: null,
    sizeMax: null,
    placesLeft: null,
    waitingList: false,
    pausedUntil: null,
    contactName: 'Hanne',
    contactPhone: null,
    contactEmail: null,
    contactUrl: null,
  };
  const { createGroup } = await admin.query<{ createGroup: { id: string } }>(`mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
    input: { organisationId: organisation.id, fields },
  });
  await admin.close();
  return { id: createGroup.id, slug };
}

/** What the widget asks the API about a group's meetings from a day. */
export async function meetingsFrom(slug: string, from: string, first: number): Promise<{ start: string; status: string }[]> {
  const visitor = await ApiSession.open();
  const { group } = await visitor.query<{ group: { nextMeetings: { start: string; status: string }[] } }>(
    `query ($slug: String!, $from: DateTimeISO!, $first: Int!) { group(slug: $slug) { nextMeetings(from: $from, first: $first) { start status } } }`,
    { slug, from, first },
  );
  await visitor.close();
  return group.nextMeetings;
}
