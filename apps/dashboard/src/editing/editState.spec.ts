import { adoptVersion, followStored, isDirty, startEdit } from './editState';

interface Unit {
  name: string;
  phone: string;
}

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

  it('goes on from the version an archiving made, keeping what is typed', () => {
    const typing = { ...startEdit(stored, 3), values: { ...stored, phone: '45 12 34 56' } };
    expect(adoptVersion(typing, 3, 4)).toEqual({ ...typing, version: 4 });
    expect(adoptVersion(typing, 2, 4)).toBe(typing);
  });
});
