import { translate } from '@groupfinder/translations';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatError } from '../server/format-error';
import { captureOutput } from '../testing/capture-output';
import { DatabaseUnavailable, unavailableReason } from './unavailable';

function failedQuery(driverError: Error & { code?: string }): QueryFailedError {
  return new QueryFailedError('SELECT id FROM groups WHERE name = $1', ['Sorggruppen'], driverError);
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('an unavailable database', () => {
  it('is told from a query the database refused', () => {
    expect(unavailableReason(withCode('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED'))).toBe('ECONNREFUSED');
    expect(unavailableReason(new Error('timeout exceeded when trying to connect'))).toBe('timeout exceeded when trying to connect');
    expect(unavailableReason(failedQuery(new Error('Connection terminated unexpectedly')))).toBe('Connection terminated');
    expect(unavailableReason(failedQuery(withCode('terminating connection due to administrator command', '57P01')))).toBe('57P01');
    expect(unavailableReason(failedQuery(withCode('canceling statement due to statement timeout', '57014')))).toBe('57014');
    expect(unavailableReason(failedQuery(withCode('sorry, too many clients already', '53300')))).toBe('53300');
    expect(unavailableReason(new DatabaseUnavailable('no answer within 2000 ms'))).toBe('no answer within 2000 ms');
    // The database answered: these are the request's own failures.
    expect(unavailableReason(failedQuery(withCode('duplicate key value violates unique constraint', '23505')))).toBeNull();
    expect(unavailableReason(failedQuery(withCode('permission denied for table groups', '42501')))).toBeNull();
    expect(unavailableReason(new Error('Cannot read properties of undefined'))).toBeNull();
  });

  it('answers SERVICE_UNAVAILABLE wherever it surfaces, logged in one line without the query, its values or a stack', () => {
    const output = captureOutput();
    let formatted;
    try {
      const error = new GraphQLError('connect ECONNREFUSED', { path: ['groups'], originalError: failedQuery(withCode('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED')) });
      formatted = formatError({ message: error.message, path: ['groups'] }, error);
    } finally {
      output.stop();
    }
    expect(formatted).toEqual({ message: translate('en', 'error.SERVICE_UNAVAILABLE'), path: ['groups'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const lines = output.text().split('\n').filter((line) => line.trim());
    expect(lines).toEqual([expect.stringMatching(/"component":"database","reason":"ECONNREFUSED","msg":"the database is unavailable"\}$/)]);
    expect(output.text()).not.toMatch(/SELECT|Sorggruppen|10\.0\.0\.5|\n\s+at /);
  });
});
