import { auditServer } from 'graphql-http';
import { startTestApi, type TestApi } from '../testing/test-api';

/** The GraphQL over HTTP specification's own audit (graphql-http): every MUST holds. */
describe('GraphQL over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('passes every MUST of the audit', async () => {
    const results = await auditServer({ url: api.url });
    const failedMusts = results.filter((result) => result.status !== 'ok' && result.name.startsWith('MUST')).map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(results.length).toBeGreaterThan(20);
    expect(failedMusts).toEqual([]);
  });
});
