import { administersGroup, administersOrganisation, administersUnit, createsGroupsIn, editsEmbeds, editsGroups, homePage, worksQueueOf, type MembershipScope } from './access';

const platformAdmin: MembershipScope = { role: 'PLATFORM_ADMIN' };
const adminOfA: MembershipScope = { role: 'ORGANISATION_ADMIN', organisation: { id: 'org-a' } };
const adminOfUnitA1: MembershipScope = { role: 'UNIT_ADMIN', organisation: { id: 'org-a' }, unit: { id: 'unit-a1' } };
const editorInA: MembershipScope = { role: 'EDITOR', organisation: { id: 'org-a' } };
const municipalityEditor: MembershipScope = { role: 'MUNICIPALITY_EDITOR' };

describe('administersOrganisation', () => {
  it('is true for the organisation’s admins and for platform admins', () => {
    expect(administersOrganisation([adminOfA], 'org-a')).toBe(true);
    expect(administersOrganisation([platformAdmin], 'org-b')).toBe(true);
  });

  it('is false for other organisations, unit admins and editors', () => {
    expect(administersOrganisation([adminOfA], 'org-b')).toBe(false);
    expect(administersOrganisation([adminOfUnitA1, editorInA], 'org-a')).toBe(false);
    expect(administersOrganisation([], 'org-a')).toBe(false);
  });
});

describe('administersUnit', () => {
  const unitA1 = { id: 'unit-a1', organisationId: 'org-a' };
  const unitA2 = { id: 'unit-a2', organisationId: 'org-a' };

  it('is true for the unit’s admins, its organisation’s admins and platform admins', () => {
    expect(administersUnit([adminOfUnitA1], unitA1)).toBe(true);
    expect(administersUnit([adminOfA], unitA2)).toBe(true);
    expect(administersUnit([platformAdmin], unitA2)).toBe(true);
  });

  it('is false for another unit’s admin and for editors', () => {
    expect(administersUnit([adminOfUnitA1], unitA2)).toBe(false);
    expect(administersUnit([editorInA], unitA1)).toBe(false);
  });
});

describe('editsGroups', () => {
  it('is true for every role that edits groups, and false for municipality editors and nobody', () => {
    expect(editsGroups([editorInA])).toBe(true);
    expect(editsGroups([adminOfUnitA1])).toBe(true);
    expect(editsGroups([platformAdmin])).toBe(true);
    expect(editsGroups([{ role: 'MUNICIPALITY_EDITOR' }])).toBe(false);
    expect(editsGroups([])).toBe(false);
  });
});

describe('editsEmbeds', () => {
  it('is true for municipality editors and platform admins only', () => {
    expect(editsEmbeds([municipalityEditor])).toBe(true);
    expect(editsEmbeds([platformAdmin])).toBe(true);
    expect(editsEmbeds([adminOfA, adminOfUnitA1, editorInA])).toBe(false);
    expect(editsEmbeds([])).toBe(false);
  });
});

describe('homePage', () => {
  it('leads someone who only edits embeds to them, and everyone else to their account', () => {
    expect(homePage([municipalityEditor])).toBe('embeds');
    expect(homePage([municipalityEditor, { role: 'MUNICIPALITY_EDITOR' }])).toBe('embeds');
    expect(homePage([municipalityEditor, editorInA])).toBe('account');
    expect(homePage([platformAdmin])).toBe('account');
    expect(homePage([])).toBe('account');
  });
});

describe('createsGroupsIn', () => {
  const organisationA = { id: 'org-a', unitIds: ['unit-a1', 'unit-a2'] };

  it('is true for the organisation’s admins and the admins of one of its units', () => {
    expect(createsGroupsIn([adminOfA], organisationA)).toBe(true);
    expect(createsGroupsIn([adminOfUnitA1], organisationA)).toBe(true);
    expect(createsGroupsIn([platformAdmin], { id: 'org-b', unitIds: [] })).toBe(true);
  });

  it('is false for editors and for admins of another organisation’s units', () => {
    expect(createsGroupsIn([editorInA], organisationA)).toBe(false);
    expect(createsGroupsIn([adminOfUnitA1], { id: 'org-b', unitIds: ['unit-b1'] })).toBe(false);
  });
});

describe('administersGroup', () => {
  it('is true for the admins of the group’s unit and organisation', () => {
    expect(administersGroup([adminOfUnitA1], { organisationId: 'org-a', unitId: 'unit-a1' })).toBe(true);
    expect(administersGroup([adminOfA], { organisationId: 'org-a', unitId: null })).toBe(true);
  });

  it('is false for editors and for admins of another unit', () => {
    expect(administersGroup([editorInA], { organisationId: 'org-a', unitId: 'unit-a1' })).toBe(false);
    expect(administersGroup([adminOfUnitA1], { organisationId: 'org-a', unitId: 'unit-a2' })).toBe(false);
    expect(administersGroup([adminOfUnitA1], { organisationId: 'org-a', unitId: null })).toBe(false);
  });
});

describe('worksQueueOf', () => {
  const inUnitA1 = { organisationId: 'org-a', unitId: 'unit-a1' };

  it('is true for the admins of the group’s organisation or unit', () => {
    expect(worksQueueOf([adminOfA], inUnitA1)).toBe(true);
    expect(worksQueueOf([adminOfUnitA1], inUnitA1)).toBe(true);
  });

  it('is false for platform admins, editors and the admins of other units: the API shows them no queue', () => {
    expect(worksQueueOf([platformAdmin], inUnitA1)).toBe(false);
    expect(worksQueueOf([editorInA], inUnitA1)).toBe(false);
    expect(worksQueueOf([adminOfUnitA1], { organisationId: 'org-a', unitId: 'unit-a2' })).toBe(false);
    expect(worksQueueOf([adminOfUnitA1], { organisationId: 'org-a', unitId: null })).toBe(false);
  });
});
