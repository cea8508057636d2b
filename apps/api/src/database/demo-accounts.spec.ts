import { DEMO_ACCOUNTS } from '@groupfinder/domain';
import { startTestDatabase, TEST_NOW, type TestDatabase } from '../testing/test-api';
import { UserEntity } from '../users/user.entity';
import { loadDemoDataIfEmpty } from './demo-data';

describe('the demo accounts', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterAll(async () => {
    await db.stop();
  });

  it('come with the demo data when asked for, and are added once to demo data loaded before they existed', async () => {
    const accounts = () => db.dataSource.manager.find(UserEntity, { order: { email: 'ASC' } });
    expect(await loadDemoDataIfEmpty(db.dataSource, TEST_NOW, { accounts: false })).toBe(true);
    expect(await accounts()).toEqual([]);

    expect(await loadDemoDataIfEmpty(db.dataSource, TEST_NOW)).toBe(false);
    const added = await accounts();
    expect(added.map((user) => [user.email, user.isDemo])).toEqual(DEMO_ACCOUNTS.map((account) => [account.email, true]).sort());

    expect(await loadDemoDataIfEmpty(db.dataSource, TEST_NOW)).toBe(false);
    expect(await accounts()).toHaveLength(DEMO_ACCOUNTS.length);
  });
});
