import { changedFields, mergeFields, withChoices } from './mergeFields';

interface Fields {
  slug: string;
  name: Record<string, string>;
  sizeMax: number | null;
  topics: string[];
}

const base: Fields = { slug: 'sorg-lyngby', name: { da: 'Sorggruppe' }, sizeMax: 8, topics: ['GRIEF'] };

describe('mergeFields', () => {
  it('takes the fields only they changed, and keeps the fields only I changed', () => {
    const mine = { ...base, sizeMax: 10 };
    const theirs = { ...base, name: { da: 'Sorggruppe', sv: 'Sorgegrupp' } };
    const merged = { ...base, sizeMax: 10, name: { da: 'Sorggruppe', sv: 'Sorgegrupp' } };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged, ifTheirs: merged, taken: ['name'], conflicts: [] });
  });

  it('asks about a field both changed to different values, keeping mine until asked', () => {
    const mine = { ...base, slug: 'sorg-i-lyngby' };
    const theirs = { ...base, slug: 'sorggruppe-lyngby' };
    const merge = mergeFields(base, mine, theirs);
    expect(merge.conflicts).toEqual(['slug']);
    expect(merge.taken).toEqual([]);
    expect(merge.merged.slug).toBe('sorg-i-lyngby');
  });

  it('sees no conflict when both made the same change, or nobody changed anything', () => {
    const mine = { ...base, topics: ['GRIEF', 'CRISIS'] };
    const theirs = { ...base, topics: ['GRIEF', 'CRISIS'] };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged: mine, ifTheirs: mine, taken: [], conflicts: [] });
    expect(mergeFields(base, base, base)).toEqual({ merged: base, ifTheirs: base, taken: [], conflicts: [] });
  });

  it('compares texts by their languages, whatever their order', () => {
    const mine = { ...base, name: { sv: 'Sorgegrupp', da: 'Sorggruppe' } };
    const theirs = { ...base, name: { da: 'Sorggruppe', sv: 'Sorgegrupp' } };
    expect(mergeFields(base, mine, theirs).conflicts).toEqual([]);
  });

  it('takes a field they emptied when I left it alone', () => {
    const theirs = { ...base, sizeMax: null };
    expect(mergeFields(base, base, theirs)).toEqual({ merged: theirs, ifTheirs: theirs, taken: ['sizeMax'], conflicts: [] });
  });

  it('merges any record the same way: a venue’s accessibility taken, its notes in conflict', () => {
    const venue = { name: 'Frivilligcenter Lyngby', accessibility: ['STEP_FREE'], transportNotes: { da: 'Bus 150S' } };
    const mine = { ...venue, transportNotes: { da: 'Bus 150S til Lyngby St.' } };
    const theirs = { ...venue, accessibility: [], transportNotes: { da: 'Bus 150S fra Lyngby St.' } };
    expect(mergeFields(venue, mine, theirs)).toEqual({ merged: { ...mine, accessibility: [] }, ifTheirs: theirs, taken: ['accessibility'], conflicts: ['transportNotes'] });
  });

  it('merges a text language by language: a language only one of them changed is no conflict, and taking theirs keeps mine in the others', () => {
    const named = { ...base, name: { da: 'Sorggruppe', en: 'Grief group' } };
    // They changed only the Swedish, I only the English: both are kept, nothing to choose.
    const apart = mergeFields(named, { ...named, name: { ...named.name, en: 'Grief circle' } }, { ...named, name: { ...named.name, sv: 'Sorgegrupp' } });
    expect(apart).toMatchObject({ merged: { name: { da: 'Sorggruppe', en: 'Grief circle', sv: 'Sorgegrupp' } }, taken: ['name'], conflicts: [] });
    // Both changed the English, I also added the Swedish: taking their English keeps my Swedish.
    const mine = { ...named, name: { ...named.name, en: 'Grief circle', sv: 'Sorgegrupp' } };
    const theirs = { ...named, name: { ...named.name, en: 'Group for the bereaved' } };
    const both = mergeFields(named, mine, theirs);
    expect(both.conflicts).toEqual(['name']);
    expect(withChoices(both, { name: 'theirs' }).name).toEqual({ da: 'Sorggruppe', en: 'Group for the bereaved', sv: 'Sorgegrupp' });
    expect(withChoices(both, { name: 'mine' }).name).toEqual(mine.name);
  });
});

describe('withChoices', () => {
  it('keeps mine or takes theirs, conflict by conflict', () => {
    const mine = { ...base, slug: 'sorg-i-lyngby', sizeMax: 10 };
    const theirs = { ...base, slug: 'sorggruppe-lyngby', sizeMax: 12 };
    const merge = mergeFields(base, mine, theirs);
    expect(merge.conflicts).toEqual(['slug', 'sizeMax']);
    expect(withChoices(merge, { slug: 'theirs', sizeMax: 'mine' })).toEqual({ ...base, slug: 'sorggruppe-lyngby', sizeMax: 10 });
  });
});

describe('changedFields', () => {
  it('names the fields that differ', () => {
    expect(changedFields(base, { ...base, sizeMax: 9, topics: ['GRIEF'] })).toEqual(['sizeMax']);
  });
});

describe('mergeFields with a schedule', () => {
  const weekly = {
    timeZone: 'Europe/Copenhagen',
    start: '2027-01-07T19:00',
    durationMinutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=-1TH',
    exdates: [] as string[],
    rdates: [] as string[],
    moves: [] as { from: string; to: string }[],
    pauses: [] as { from: string; until: string; reason: Record<string, string> }[],
  };
  const base = { slug: 'sorg', schedule: weekly };

  it('keeps a meeting I cancelled and one they moved: the meetings are merged one by one', () => {
    const mine = { ...base, schedule: { ...weekly, exdates: ['2027-04-29T19:00'] } };
    const theirs = { ...base, schedule: { ...weekly, moves: [{ from: '2027-05-27T19:00', to: '2027-05-26T19:00' }] } };
    const both = { ...weekly, exdates: ['2027-04-29T19:00'], moves: [{ from: '2027-05-27T19:00', to: '2027-05-26T19:00' }] };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged: { ...base, schedule: both }, ifTheirs: { ...base, schedule: both }, taken: ['schedule'], conflicts: [] });
  });

  it('keeps their longer pause and my removal of an extra meeting', () => {
    const from = { ...weekly, rdates: ['2027-02-10T19:00'], pauses: [{ from: '2026-12-20', until: '2027-01-06', reason: { da: 'Jul' } }] };
    const mine = { slug: 'sorg', schedule: { ...from, rdates: [] } };
    const longer = { from: '2026-12-20', until: '2027-02-06', reason: { da: 'Jul' } };
    const theirs = { slug: 'sorg', schedule: { ...from, pauses: [longer] } };
    const merge = mergeFields({ slug: 'sorg', schedule: from }, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.schedule).toEqual({ ...from, rdates: [], pauses: [longer] });
  });

  it('asks about the rule when both changed it differently, and keeps the meetings merged whichever is chosen', () => {
    const mine = { ...base, schedule: { ...weekly, durationMinutes: 90, exdates: ['2027-04-29T19:00'] } };
    const theirs = { ...base, schedule: { ...weekly, durationMinutes: 150, rdates: ['2027-02-10T19:00'] } };
    const merge = mergeFields(base, mine, theirs);
    expect(merge.conflicts).toEqual(['schedule']);
    expect(merge.merged.schedule).toEqual({ ...weekly, durationMinutes: 90, exdates: ['2027-04-29T19:00'], rdates: ['2027-02-10T19:00'] });
    expect(withChoices(merge, { schedule: 'theirs' }).schedule).toEqual({ ...weekly, durationMinutes: 150, exdates: ['2027-04-29T19:00'], rdates: ['2027-02-10T19:00'] });
  });
});
