import { executionAsyncResource } from 'node:async_hooks';
import { startTestApi, type TestApi } from '../testing/test-api';
import { beginUnitOfWork } from './unit-of-work';

describe('a unit of work', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  /** What Node copies into every promise made from here on: one entry per async context storage it keeps. */
  const carriedByEveryPromise = async () => {
    await null;
    return Object.getOwnPropertySymbols(executionAsyncResource()).length;
  };

  const signedInRequest = async () => {
    const work = await beginUnitOfWork(api.dataSource);
    expect(await work.asSystem((db) => db.query(`SELECT 1 AS one`))).toEqual([{ one: 1 }]);
    await work.finish('rollback');
  };

  it('leaves nothing behind that later requests carry, however many it served (every await got slower with each one)', async () => {
    await signedInRequest();
    const before = await carriedByEveryPromise();
    for (let served = 0; served < 50; served++) await signedInRequest();
    expect(await carriedByEveryPromise()).toBe(before);
  });
});
