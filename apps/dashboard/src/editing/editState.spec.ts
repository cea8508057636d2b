import { adoptVersion, choose, followStored, isDirty, loadTheirs, startEdit } from './editState';

interface Unit {
  name: string;
  phone: string;
}

const FIELDS = ['name', 'phone'] as const;
const stored: Unit = { name: 'Selvhjælp Lyngby', phone: '' };

describe('an edit of a versioned record', () => {
  it('is dirty once something is typed, and clean again when it is typed back', () => {
    const edit = startEdit(stored, 3);
    expect(isDirty(edit)).toBe(false);
    expect(isDirty({ ...edit, values: { ...stored, name: 'Selvhjælp Lyngby-Taarbæk' } })).toBe(true);
    expect(isDirty({ ...edit, values: { ...stored } })).toBe(false);
  });

  it('shows a newer stored version when nothing is typed, and keeps what is typed otherwise', () => {
    const newer = { ...stored, name: 'Selvhjælp Nord' };
    expect(followStored(startEdit(stored, 3), newer, 4)).toEqual(startEdit(newer, 4));
    const typing = { ...startEdit(stored, 3), values: { ...stored, phone: '45 12 34 56' } };
    expect(followStored(typing, newer, 4)).toBe(typing);
  });

  it('loads their version after a conflict, from then on saving from their version number', () => {
    const typing = { ...startEdit(stored, 3), values: { name: 'Selvhjælp Lyngby-Taarbæk', phone: '45 12 34 56' } };
    const theirs = { name: 'Selvhjælp Nord', phone: '' };
    const loaded = loadTheirs(typing, theirs, 5, FIELDS);
    expect(loaded.version).toBe(5);
    expect(loaded.base).toEqual(theirs);
    expect(loaded.values).toEqual({ name: 'Selvhjælp Lyngby-Taarbæk', phone: '45 12 34 56' });
    expect(loaded.reload?.differences).toEqual([
      { field: 'name', suggested: 'mine', bothChanged: true },
      { field: 'phone', suggested: 'mine', bothChanged: false },
    ]);
  });

  it('takes theirs or keeps mine as the editor chooses, field by field', () => {
    const typing = { ...startEdit(stored, 3), values: { name: 'Mit navn', phone: '45 12 34 56' } };
    const loaded = loadTheirs(typing, { name: 'Deres navn', phone: '' }, 5, FIELDS);
    const tookTheirs = choose(loaded, 'name', 'theirs');
    expect(tookTheirs.values).toEqual({ name: 'Deres navn', phone: '45 12 34 56' });
    expect(tookTheirs.reload?.choices).toEqual({ name: 'theirs' });
    expect(choose(tookTheirs, 'name', 'mine').values).toEqual({ name: 'Mit navn', phone: '45 12 34 56' });
  });

  it('goes on from the version an archiving made, keeping what is typed', () => {
    const typing = { ...startEdit(stored, 3), values: { ...stored, phone: '45 12 34 56' } };
    expect(adoptVersion(typing, 3, 4)).toEqual({ ...typing, version: 4 });
    expect(adoptVersion(typing, 2, 4)).toBe(typing);
  });
});
