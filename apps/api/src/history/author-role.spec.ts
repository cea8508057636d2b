import { EMPTY_SCOPE, PLATFORM_AUTHOR, type Author } from '../kernel/context';
import { authorRole, type ChangedRecord } from './history.service';

const ORGANISATION = '00000000-0000-4000-8000-000000000001';
const UNIT = '00000000-0000-4000-8000-000000000002';
const GROUP = '00000000-0000-4000-8000-000000000003';
const MUNICIPALITY = '00000000-0000-4000-8000-000000000004';
const PERSON = '00000000-0000-4000-8000-000000000005';

const author = (scope: Partial<Author['scope']>): Author => ({ userId: PERSON, scope: { ...EMPTY_SCOPE, ...scope } });
const group: ChangedRecord = { entity: 'GROUP', entityId: GROUP, organisationId: ORGANISATION, unitId: UNIT };

describe('the role a change is made in', () => {
  it('is the widest of the author’s roles that reaches the record', () => {
    expect(authorRole(author({ platformAdmin: true, organisationIds: [ORGANISATION] }), group)).toBe('PLATFORM_ADMIN');
    expect(authorRole(author({ organisationIds: [ORGANISATION], unitIds: [UNIT] }), group)).toBe('ORGANISATION_ADMIN');
    expect(authorRole(author({ unitIds: [UNIT], groupIds: [GROUP] }), group)).toBe('UNIT_ADMIN');
    expect(authorRole(author({ groupIds: [GROUP] }), group)).toBe('EDITOR');
    expect(authorRole(author({ municipalityIds: [MUNICIPALITY] }), { entity: 'EMBED', entityId: GROUP, organisationId: null, unitId: null, municipalityId: MUNICIPALITY })).toBe('MUNICIPALITY_EDITOR');
  });

  it('is none for the platform itself, nor for a role elsewhere', () => {
    expect(authorRole(PLATFORM_AUTHOR, group)).toBeNull();
    expect(authorRole(author({ organisationIds: ['00000000-0000-4000-8000-000000000009'] }), group)).toBeNull();
  });
});
