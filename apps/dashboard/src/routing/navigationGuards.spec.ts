import { createNavigationGuards, decideHashChange } from './navigationGuards';

describe('navigation guards', () => {
  it('let the reader go anywhere while no form holds changes', () => {
    const guards = createNavigationGuards();
    expect(guards.allow('#/account')).toBe(true);
    expect(decideHashChange('#/groups/1', '#/account', guards)).toBe('accept');
  });

  it('put the previous page back when a form with unsaved changes refuses', () => {
    const guards = createNavigationGuards();
    const asked: string[] = [];
    guards.add((to) => {
      asked.push(to);
      return false;
    });
    expect(decideHashChange('#/groups/1', '#/account', guards)).toBe('restore');
    expect(asked).toEqual(['#/account']);
  });

  it('ask nobody when the address did not change (the restored hash itself)', () => {
    const guards = createNavigationGuards();
    const asked: string[] = [];
    guards.add((to) => {
      asked.push(to);
      return false;
    });
    expect(decideHashChange('#/groups/1', '#/groups/1', guards)).toBe('unchanged');
    expect(asked).toEqual([]);
  });

  it('stop asking once a guard is removed', () => {
    const guards = createNavigationGuards();
    const remove = guards.add(() => false);
    guards.add(() => true);
    expect(guards.allow('#/')).toBe(false);
    remove();
    expect(guards.allow('#/')).toBe(true);
  });

  it('stop at the first guard that refuses, so only one form asks', () => {
    const guards = createNavigationGuards();
    const asked: string[] = [];
    guards.add(() => {
      asked.push('first');
      return false;
    });
    guards.add(() => {
      asked.push('second');
      return false;
    });
    expect(guards.allow('#/')).toBe(false);
    expect(asked).toEqual(['first']);
  });
});
