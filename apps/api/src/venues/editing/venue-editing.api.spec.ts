import type { VenueFields } from '@groupfinder/domain';
import { GroupEntity } from '../../groups/group.entity';
import { withTenants, type TenantPerson } from '../../testing/tenants';
import { VenueEntity } from '../venue.entity';

type Editable = { id: string; version: number; archivedAt: string | null; groupCount: number; fields: VenueFields };
type Problem = { field: string; code: string; message: string };

const FIELDS = `fields { name street postalCode town latitude longitude accessibility transportNotes }`;
const VENUES = `query ($slug: String!) { organisation(slug: $slug) { venues { id version archivedAt groupCount ${FIELDS} } } }`;
const CREATE = `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id version ${FIELDS} history { fields { field summary } } } }`;
const UPDATE = `mutation ($input: UpdateVenueInput!) { updateVenue(input: $input) { id version ${FIELDS} history { fields { summary } } } }`;
const SEARCH = `query ($text: String!) { groups(filter: { text: $text }, first: 50) { edges { node { slug } } } }`;

/** An organisation's admins keep its venues; every group meeting there follows at once. */
describe('editing venues', () => {
  const fixture = withTenants();
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  const slugsFound = async (text: string) =>
    ((await fixture.api.query<{ groups: { edges: { node: { slug: string } }[] } }>(SEARCH, { text })).data?.groups.edges ?? []).map((edge) => edge.node.slug).sort();
  const venueOf = async (group: GroupEntity) => fixture.api.dataSource.manager.findOneByOrFail(VenueEntity, { id: group.venueId ?? '' });

  it('renames a venue and the text search finds every group meeting there by the new name at once', async () => {
    const { groupA1, organisationA } = fixture.tenants;
    const venue = await venueOf(groupA1);
    const meetingThere = (await fixture.api.dataSource.manager.findBy(GroupEntity, { venueId: venue.id })).map((group) => group.slug).sort();
    const listed = await as<{ organisation: { venues: Editable[] } }>('unitAdminA1', VENUES, { slug: organisationA.slug });
    const editable = listed.data?.organisation.venues.find((candidate) => candidate.id === venue.id) as Editable;
    expect(editable.groupCount).toBe(meetingThere.length);
    const renamed = await as<{ updateVenue: Editable & { history: { fields: { summary: string }[] }[] } }>('adminA', UPDATE, {
      input: { id: venue.id, version: editable.version, fields: { ...editable.fields, name: 'Kvaspeborg Medborgerhus' } },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateVenue.history[0]?.fields.map((field) => field.summary)).toEqual([`changed the name from “${venue.name}” to “Kvaspeborg Medborgerhus”`]);
    expect(await slugsFound('kvaspeborg medborgerhus')).toEqual(meetingThere);
  });

  it('takes the point from the gazetteer’s postcode, and refuses a bad postcode at its field changing nothing', async () => {
    const { organisationA } = fixture.tenants;
    const fields = { name: 'Søborg Kirke', street: 'Søborg Hovedgade 98', postalCode: '2860', town: 'Søborg', latitude: null, longitude: null, accessibility: ['STEP_FREE'], transportNotes: { da: 'Bus 200S', en: '' } };
    const created = await as<{ createVenue: Editable }>('adminA', CREATE, { input: { organisationId: organisationA.id, fields } });
    expect(created.errors).toBeUndefined();
    const venue = created.data?.createVenue as Editable & { history: { fields: { field: string; summary: string }[] }[] };
    expect(venue.fields).toMatchObject({ postalCode: '2860', transportNotes: { da: 'Bus 200S' } });
    // Its first change names what it was given, nothing left empty.
    expect(venue.history[0]?.fields.map((field) => field.field)).toEqual(['name', 'street', 'postalCode', 'town', 'latitude', 'longitude', 'accessibility', 'transportNotes']);
    expect(venue.fields.latitude).toBeCloseTo(55.73, 1);
    expect(venue.fields.longitude).toBeCloseTo(12.5, 1);

    const before = await fixture.api.dataSource.manager.findOneByOrFail(VenueEntity, { id: venue.id });
    const refused = await as('adminA', UPDATE, { input: { id: venue.id, version: venue.version, fields: { ...venue.fields, postalCode: 'SW1A 1AA', street: ' ' } } }, 'pl');
    expect(refused.errors?.[0]?.extensions.code).toBe('INVALID_INPUT');
    const problems = refused.errors?.[0]?.extensions['problems'] as Problem[];
    expect(problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'street', code: 'LINE_INVALID' },
      { field: 'postalCode', code: 'POSTCODE_INVALID' },
    ]);
    expect(problems[1]?.message).toMatch(/^Wpisz kod pocztowy/);
    expect(await fixture.api.dataSource.manager.findOneByOrFail(VenueEntity, { id: venue.id })).toEqual(before);
  });

  it('lets only the organisation’s admins change venues: a unit’s admin reads them, another organisation’s admin not even that', async () => {
    const { groupA1, organisationA } = fixture.tenants;
    const venue = await venueOf(groupA1);
    const fields = { name: 'Taken over', street: venue.street, postalCode: venue.postalCode, town: venue.town, latitude: null, longitude: null, accessibility: [], transportNotes: {} };
    const byUnitAdmin = await as('unitAdminA1', UPDATE, { input: { id: venue.id, version: venue.version, fields } });
    expect(byUnitAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const listedByB = await as('adminB', VENUES, { slug: organisationA.slug });
    expect(listedByB.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await venueOf(groupA1)).toEqual(venue);
  });
});
