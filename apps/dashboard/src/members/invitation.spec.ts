import { invitableRoles, invitationNeeds, invitationScope } from './invitation';

const organisationPage = { organisationId: 'org' };
const unitPage = { organisationId: 'org', unitId: 'unit' };

describe('invitableRoles', () => {
  it('offers every role within an organisation on its page, and roles within the unit on a unit’s', () => {
    expect(invitableRoles(organisationPage)).toEqual(['ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR']);
    expect(invitableRoles(unitPage)).toEqual(['UNIT_ADMIN', 'EDITOR']);
  });
});

describe('invitationNeeds', () => {
  it('asks for a unit only for a unit admin invited from the organisation’s page', () => {
    expect(invitationNeeds('UNIT_ADMIN', organisationPage)).toEqual({ unit: true, group: false });
    expect(invitationNeeds('UNIT_ADMIN', unitPage)).toEqual({ unit: false, group: false });
    expect(invitationNeeds('ORGANISATION_ADMIN', organisationPage)).toEqual({ unit: false, group: false });
  });

  it('asks for a group for an editor', () => {
    expect(invitationNeeds('EDITOR', organisationPage)).toEqual({ unit: false, group: true });
    expect(invitationNeeds('EDITOR', unitPage)).toEqual({ unit: false, group: true });
  });
});

describe('invitationScope', () => {
  const choices = { email: 'a@example.org', unitId: 'chosen-unit', groupId: 'chosen-group' };

  it('names only the organisation for an organisation admin, whatever else was chosen before', () => {
    expect(invitationScope({ ...choices, role: 'ORGANISATION_ADMIN' }, organisationPage)).toEqual({ organisationId: 'org' });
  });

  it('names the chosen unit for a unit admin, or the page’s unit', () => {
    expect(invitationScope({ ...choices, role: 'UNIT_ADMIN' }, organisationPage)).toEqual({ organisationId: 'org', unitId: 'chosen-unit' });
    expect(invitationScope({ ...choices, role: 'UNIT_ADMIN' }, unitPage)).toEqual({ organisationId: 'org', unitId: 'unit' });
  });

  it('leaves out a unit not chosen, for the API to say it is needed', () => {
    expect(invitationScope({ ...choices, unitId: '', role: 'UNIT_ADMIN' }, organisationPage)).toEqual({ organisationId: 'org' });
  });

  it('names the group for an editor, and the unit when invited from its page', () => {
    expect(invitationScope({ ...choices, role: 'EDITOR' }, organisationPage)).toEqual({ organisationId: 'org', groupId: 'chosen-group' });
    expect(invitationScope({ ...choices, role: 'EDITOR' }, unitPage)).toEqual({ organisationId: 'org', unitId: 'unit', groupId: 'chosen-group' });
  });
});
