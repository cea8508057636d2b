import { conflictPending } from './conflict';

const conflict = (version?: number) => ({
  code: 'CONFLICT',
  message: 'Someone else saved a change since you started.',
  field: null,
  ...(version === undefined ? {} : { values: { version } }),
});

describe('conflictPending', () => {
  it('is true after a CONFLICT until the version it names is loaded', () => {
    expect(conflictPending(conflict(7), 5)).toBe(true);
    expect(conflictPending(conflict(7), 7)).toBe(false);
  });

  it('is true for a CONFLICT that names no version, and false for other problems', () => {
    expect(conflictPending(conflict(), 5)).toBe(true);
    expect(conflictPending({ code: 'INVALID_INPUT', message: 'Some fields need a change.', field: null }, 5)).toBe(false);
    expect(conflictPending(null, 5)).toBe(false);
  });
});
