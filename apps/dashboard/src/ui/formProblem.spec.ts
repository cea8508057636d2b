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

  it('reads an error without a code', () => {
    expect(formProblem(answer({ message: 'Boom' }), options)).toEqual({ code: 'UNKNOWN', message: 'Boom', field: null });
  });
});
