import { newestFirst } from './history';

describe('newestFirst', () => {
  it('lists the change that made the highest version first', () => {
    const changes = [
      { id: 'a', version: 2, madeAt: '2026-11-02T10:00:00.000Z' },
      { id: 'b', version: 4, madeAt: '2026-11-20T09:30:00.000Z' },
      { id: 'c', version: 3, madeAt: '2026-11-10T08:00:00.000Z' },
    ];
    expect(newestFirst(changes).map(({ id }) => id)).toEqual(['b', 'c', 'a']);
  });

  it('leaves the list it was given as it was', () => {
    const changes = [
      { id: 'a', version: 1, madeAt: '2026-11-01T10:00:00.000Z' },
      { id: 'b', version: 2, madeAt: '2026-11-02T10:00:00.000Z' },
    ];
    newestFirst(changes);
    expect(changes.map(({ id }) => id)).toEqual(['a', 'b']);
  });
});
