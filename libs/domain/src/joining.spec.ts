import { CONSENT_VERSION, ENROLMENT_STATES, JOINING_LIMITS, joinNoteProblems, joinRequestProblems, joinWay, type JoinRequestFields } from './index';

describe('how a visitor joins a group', () => {
  it('just comes to an open group, asks for an intake first where one is needed, and goes on the waiting list of a forming group', () => {
    expect(joinWay({ enrolment: 'OPEN', waitingList: false })).toBe('JUST_COME');
    expect(joinWay({ enrolment: 'OPEN_AFTER_INTAKE', waitingList: false })).toBe('INTAKE');
    expect(joinWay({ enrolment: 'FORMING', waitingList: false })).toBe('WAITING_LIST');
  });

  it('goes on the waiting list of a full or closed group only when it takes names, and not at all while a group is paused or ended', () => {
    for (const enrolment of ['FULL', 'CLOSED'] as const) {
      expect(joinWay({ enrolment, waitingList: true })).toBe('WAITING_LIST');
      expect(joinWay({ enrolment, waitingList: false })).toBe('NONE');
    }
    for (const enrolment of ['PAUSED', 'ENDED'] as const) expect(joinWay({ enrolment, waitingList: true })).toBe('NONE');
  });

  it('has an answer for every enrolment state', () => {
    for (const enrolment of ENROLMENT_STATES) expect(['JUST_COME', 'WAITING_LIST', 'INTAKE', 'NONE']).toContain(joinWay({ enrolment, waitingList: false }));
  });
});

describe('what a request to join may hold', () => {
  const valid: JoinRequestFields = { alias: 'Mette', contactKind: 'EMAIL', contact: 'mette@example.org', message: null, consentVersion: CONSENT_VERSION };

  it('takes a first name or alias, one way to reach the person, an optional message and the consent to the current text', () => {
    expect(joinRequestProblems(valid)).toEqual([]);
    expect(joinRequestProblems({ ...valid, contactKind: 'PHONE', contact: '+45 12 34 56 78', message: 'Jeg vil gerne høre mere.\nHilsen M' })).toEqual([]);
    expect(joinRequestProblems({ ...valid, contactKind: 'PHONE', contact: '0048 (22) 123-45-67' })).toEqual([]);
  });

  it('says what is wrong at each field', () => {
    expect(joinRequestProblems({ alias: '  ', contactKind: 'EMAIL', contact: 'not an address', message: 'x'.repeat(JOINING_LIMITS.messageMaxLength + 1), consentVersion: null })).toEqual([
      { field: 'alias', code: 'ALIAS_REQUIRED' },
      { field: 'contact', code: 'EMAIL_INVALID' },
      { field: 'message', code: 'MESSAGE_TOO_LONG', values: { max: JOINING_LIMITS.messageMaxLength } },
      { field: 'consentVersion', code: 'CONSENT_REQUIRED' },
    ]);
    expect(joinRequestProblems({ ...valid, alias: 'x'.repeat(JOINING_LIMITS.aliasMaxLength + 1) })).toEqual([{ field: 'alias', code: 'ALIAS_INVALID', values: { max: JOINING_LIMITS.aliasMaxLength } }]);
    expect(joinRequestProblems({ ...valid, alias: 'Me\u0000tte' })).toEqual([{ field: 'alias', code: 'ALIAS_INVALID', values: { max: JOINING_LIMITS.aliasMaxLength } }]);
    expect(joinRequestProblems({ ...valid, contactKind: 'PHONE', contact: 'call me' })).toEqual([{ field: 'contact', code: 'PHONE_INVALID' }]);
    expect(joinRequestProblems({ ...valid, message: 'bell\u0007' })).toEqual([{ field: 'message', code: 'MESSAGE_INVALID' }]);
    expect(joinRequestProblems({ ...valid, message: 'half an emoji \ud83d' })).toEqual([{ field: 'message', code: 'MESSAGE_INVALID' }]);
    expect(joinRequestProblems({ ...valid, message: 'a whole one 😊' })).toEqual([]);
    for (const contact of ['a@example.org,b@example.org', 'a@example.org; b@example.org', '"Mette" <mette@example.org>', 'mette@example.org\u0000']) {
      expect(joinRequestProblems({ ...valid, contact })).toEqual([{ field: 'contact', code: 'EMAIL_INVALID' }]);
    }
  });

  it('asks again for consent given to an older text', () => {
    expect(joinRequestProblems({ ...valid, consentVersion: '2000-01-01' })).toEqual([{ field: 'consentVersion', code: 'CONSENT_REQUIRED' }]);
  });
});

describe('an organisation’s note on a request', () => {
  it('takes ordinary text over several lines, up to its length, and refuses control characters', () => {
    expect(joinNoteProblems('Ringet 3/12, ringer igen.\nFår plads i januar.')).toEqual([]);
    expect(joinNoteProblems('x'.repeat(JOINING_LIMITS.noteMaxLength))).toEqual([]);
    expect(joinNoteProblems('x'.repeat(JOINING_LIMITS.noteMaxLength + 1))).toEqual([{ field: 'note', code: 'NOTE_TOO_LONG', values: { max: JOINING_LIMITS.noteMaxLength } }]);
    expect(joinNoteProblems('Ringet\u0007')).toEqual([{ field: 'note', code: 'NOTE_INVALID' }]);
    expect(joinNoteProblems('Ringet \ud800')).toEqual([{ field: 'note', code: 'NOTE_INVALID' }]);
  });
});
