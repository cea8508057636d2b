import { CombinedGraphQLErrors } from '@apollo/client';
import { formProblem } from './formProblem';

const answer = (...errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ data: null, errors });
const options = { fields: ['name', 'slug'], fieldsByCode: { SLUG_TAKEN: 'slug' }, fallback: 'It did not work.' };

describe('formProblem', () => {
  it('puts an error the API ties to a code at its field', () => {
    expect(formProblem(answer({ message: 'Dette korte navn er taget.', extensions: { code: 'SLUG_TAKEN' } }), options)).toEqual({
      code: 'SLUG_TAKEN',
      message: 'Dette korte navn er taget.',
      field: 'slug',
    });
  });

  it('puts an invalid input at the field the API names', () => {
    const error = answer({ message: 'Skriv et navn.', extensions: { code: 'NAME_INVALID', fields: ['input.name'] } });
    expect(formProblem(error, options)).toEqual({ code: 'NAME_INVALID', message: 'Skriv et navn.', field: 'name' });
  });

  it('keeps a problem with no field of the form at the form', () => {
    const error = answer({ message: 'Du har ikke adgang.', extensions: { code: 'FORBIDDEN', fields: ['organisationId'] } });
    expect(formProblem(error, options)).toEqual({ code: 'FORBIDDEN', message: 'Du har ikke adgang.', field: null });
  });

  it('says the fallback when the API could not be reached', () => {
    expect(formProblem(new TypeError('Failed to fetch'), options)).toEqual({ code: 'NETWORK', message: 'It did not work.', field: null });
  });

  it('reads the problems an INVALID_INPUT lists at their fields', () => {
    const error = answer({
      message: 'Nogle felter skal rettes (2 problemer).',
      extensions: {
        code: 'INVALID_INPUT',
        values: { count: 2 },
        problems: [
          { field: 'name.da', code: 'NAME_INVALID', message: 'Skriv et navn på 1 til 200 tegn.' },
          { field: 'schedule.rrule', code: 'RRULE_UNPARSABLE', message: 'Gentagelsesreglen kunne ikke læses.' },
          { code: 'BROKEN' },
        ],
      },
    });
    expect(formProblem(error, options)).toEqual({
      code: 'INVALID_INPUT',
      message: 'Nogle felter skal rettes (2 problemer).',
      field: null,
      values: { count: 2 },
      problems: [
        { field: 'name.da', code: 'NAME_INVALID', message: 'Skriv et navn på 1 til 200 tegn.' },
        { field: 'schedule.rrule', code: 'RRULE_UNPARSABLE', message: 'Gentagelsesreglen kunne ikke læses.' },
      ],
    });
  });

  it('keeps the values a CONFLICT names, such as the version now stored', () => {
    const error = answer({ message: 'Someone else saved a change.', extensions: { code: 'CONFLICT', values: { version: 7 } } });
    expect(formProblem(error, options)).toEqual({ code: 'CONFLICT', message: 'Someone else saved a change.', field: null, values: { version: 7 } });
  });

  it('reads an error without a code', () => {
    expect(formProblem(answer({ message: 'Boom' }), options)).toEqual({ code: 'UNKNOWN', message: 'Boom', field: null });
  });
});
