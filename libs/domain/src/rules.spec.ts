import {
  AGE_BANDS,
  COUNTRIES,
  COUNTRY_TIME_ZONES,
  ENROLMENT_STATES,
  LIMITS,
  TOPICS,
  audiencesServing,
  facilitationProblems,
  isSlug,
  isTimeOfDay,
  isoWeekdayNumber,
  slugify,
  topicWithSubtopics,
} from './index';

describe('topics', () => {
  it('finds the addiction sub-topics under addiction, as one SMART meeting serves them all', () => {
    expect(topicWithSubtopics('ADDICTION')).toEqual(['ADDICTION', 'ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION']);
  });

  it('keeps a stand-alone topic to itself', () => {
    expect(topicWithSubtopics('GRIEF')).toEqual(['GRIEF']);
  });

  it('has unique codes and parents that exist', () => {
    const codes = TOPICS.map((topic) => topic.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const topic of TOPICS) if (topic.parent) expect(codes).toContain(topic.parent);
  });
});

describe('audiences', () => {
  it('shows groups for both to relatives and to the people affected', () => {
    expect(audiencesServing('RELATIVES')).toEqual(['RELATIVES', 'BOTH']);
    expect(audiencesServing('AFFECTED')).toEqual(['AFFECTED', 'BOTH']);
  });
});

describe('vocabularies', () => {
  it('covers the four countries, each with its time zone', () => {
    expect(COUNTRIES).toEqual(['DK', 'SE', 'NO', 'PL']);
    expect(COUNTRY_TIME_ZONES.PL).toBe('Europe/Warsaw');
  });

  it('has the children and youth age bands of seed 004 (7-12, 13-18)', () => {
    expect(AGE_BANDS.find((band) => band.code === 'CHILDREN')).toMatchObject({ minAge: 7, maxAge: 12 });
    expect(AGE_BANDS.find((band) => band.code === 'YOUTH')).toMatchObject({ minAge: 13, maxAge: 18 });
  });

  it('knows a group that only keeps a waiting list', () => {
    expect(ENROLMENT_STATES).toContain('FORMING');
  });

  it('never lets a page exceed 50 groups', () => {
    expect(LIMITS.pageSizeMax).toBe(50);
    expect(LIMITS.pageSizeDefault).toBeLessThanOrEqual(LIMITS.pageSizeMax);
  });
});

describe('rules', () => {
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekdayNumber('MONDAY')).toBe(1);
    expect(isoWeekdayNumber('SUNDAY')).toBe(7);
  });

  it('accepts 24-hour times only', () => {
    expect(isTimeOfDay('19:00')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('7:00')).toBe(false);
  });

  it('makes slugs from Nordic and Polish names', () => {
    expect(slugify('SMART Recovery Søborg mandag')).toBe('smart-recovery-soborg-mandag');
    expect(slugify('Klub Abstynenta „Łódź”')).toBe('klub-abstynenta-lodz');
    expect(slugify('Pårørendegruppe Lyngby-Taarbæk')).toBe('parorendegruppe-lyngby-taarbaek');
    expect(isSlug('smart-recovery-soborg-mandag')).toBe(true);
    expect(isSlug('Not a slug')).toBe(false);
  });
});

describe('facilitation', () => {
  it("refuses a children's or youth group without one or two facilitators", () => {
    expect(facilitationProblems({ ageBand: 'CHILDREN', ageMax: 12, facilitatorCount: 0 })).toEqual(['CHILDREN_NEED_FACILITATORS']);
    expect(facilitationProblems({ ageBand: 'YOUTH', ageMax: null, facilitatorCount: 3 })).toEqual(['CHILDREN_NEED_FACILITATORS']);
    expect(facilitationProblems({ ageBand: null, ageMax: 16, facilitatorCount: 0 })).toEqual(['CHILDREN_NEED_FACILITATORS']);
    expect(facilitationProblems({ ageBand: 'YOUTH', ageMax: 18, facilitatorCount: 2 })).toEqual([]);
  });

  it('lets an adults’ self-help group run without a facilitator', () => {
    expect(facilitationProblems({ ageBand: 'ADULTS', ageMax: null, facilitatorCount: 0 })).toEqual([]);
  });
});
