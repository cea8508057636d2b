import { fallbackText, fieldsFromForm, fieldsFromStored, formFromFields, newGroupForm, textLanguagesOf, type StoredGroupFields } from './groupFields';

const stored: StoredGroupFields & { __typename: string } = {
  __typename: 'GroupFields',
  slug: 'sorggruppe-lyngby',
  unitId: 'unit-1',
  venueId: null,
  municipalityId: 'municipality-1',
  name: { da: 'Sorggruppe', en: 'Grief group', xx: 'not a language', sv: 3 },
  description: { da: 'Vi mødes og taler om sorg.' },
  practicalNotes: {},
  intakeText: null,
  topics: ['GRIEF'],
  audience: 'AFFECTED',
  ageBand: 'ADULTS',
  ageMin: null,
  ageMax: null,
  format: 'IN_PERSON',
  onlineJoinUrl: null,
  onlineJoinOnRequest: false,
  languages: ['DA'],
  method: 'FACILITATED',
  promises: ['CONFIDENTIAL', 'FREE'],
  facilitatorCount: 2,
  starterMeetings: null,
  schedule: {
    timeZone: 'Europe/Copenhagen',
    start: '2026-03-03T19:00',
    durationMinutes: 120,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    exdates: [],
    rdates: [],
    moves: [],
    pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { sv: 'Sommaruppehåll', da: 'Sommerferie' } }],
  },
  enrolment: 'OPEN',
  formingMinimum: null,
  sizeMin: 4,
  sizeMax: 10,
  placesLeft: 3,
  waitingList: false,
  pausedUntil: null,
  contactName: 'Frivilligcenter Lyngby',
  contactPhone: null,
  contactEmail: 'sorg@example.org',
  contactUrl: null,
};

describe('fieldsFromStored', () => {
  it('keeps only what the API takes back: texts by known language, no __typename', () => {
    const fields = fieldsFromStored(stored);
    expect(fields.name).toEqual({ da: 'Sorggruppe', en: 'Grief group' });
    expect(fields.intakeText).toEqual({});
    expect(fields).not.toHaveProperty('__typename');
    expect(fields.schedule?.pauses[0]?.reason).toEqual({ da: 'Sommerferie', sv: 'Sommaruppehåll' });
  });
});

describe('fieldsFromForm', () => {
  it('gives back the stored fields when nothing was changed', () => {
    const fields = fieldsFromStored(stored);
    expect(fieldsFromForm(formFromFields(fields))).toEqual({ fields, invalidNumbers: [] });
  });

  it('saves what the editor means: blank languages left out, lines trimmed, empty as null', () => {
    const form = { ...formFromFields(fieldsFromStored(stored)), name: { da: 'Sorggruppe', en: '  ' }, contactName: '  ', slug: ' sorg ', sizeMax: ' 12 ' };
    const { fields } = fieldsFromForm(form);
    expect(fields.name).toEqual({ da: 'Sorggruppe' });
    expect(fields.contactName).toBeNull();
    expect(fields.slug).toBe('sorg');
    expect(fields.sizeMax).toBe(12);
  });

  it('names the numbers that are not whole numbers, and an empty number of facilitators', () => {
    const form = { ...newGroupForm('da', ''), sizeMax: '7.5', placesLeft: 'two', facilitatorCount: '' };
    expect(fieldsFromForm(form).invalidNumbers).toEqual(['facilitatorCount', 'sizeMax', 'placesLeft']);
  });
});

describe('newGroupForm', () => {
  it('starts with the organisation’s language spoken and open to newcomers', () => {
    const form = newGroupForm('sv', 'unit-1');
    expect(form).toMatchObject({ languages: ['SV'], enrolment: 'OPEN', unitId: 'unit-1', facilitatorCount: '0', schedule: null });
  });
});

describe('textLanguagesOf', () => {
  it('shows the organisation’s language first, then every language a text already has', () => {
    const form = formFromFields(fieldsFromStored(stored));
    expect(textLanguagesOf(form, 'da')).toEqual(['da', 'sv', 'en']);
    expect(textLanguagesOf(newGroupForm('nb', ''), 'nb')).toEqual(['nb']);
  });
});

describe('fallbackText', () => {
  it('says what a visitor sees instead of a missing text: the organisation’s language first', () => {
    expect(fallbackText({ da: 'Sorggruppe', en: 'Grief group' }, 'sv', 'da')).toBe('Sorggruppe');
    expect(fallbackText({ en: 'Grief group' }, 'sv', 'da')).toBe('Grief group');
    expect(fallbackText({ da: 'Sorggruppe', sv: '  ' }, 'sv', 'da')).toBe('Sorggruppe');
  });

  it('is null when the text is there, or when there is no text at all', () => {
    expect(fallbackText({ sv: 'Sorggrupp' }, 'sv', 'da')).toBeNull();
    expect(fallbackText({}, 'sv', 'da')).toBeNull();
  });
});
