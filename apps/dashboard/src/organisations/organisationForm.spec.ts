import { organisationEdit, organisationFormValues, retentionDays } from './organisationForm';

const stored = organisationFormValues({
  name: 'Selvhjælp Danmark',
  website: 'https://selvhjaelp.dk',
  phone: null,
  email: 'kontakt@example.org',
  defaultLanguage: 'DA',
  requestRetentionDays: 180,
});

describe('organisationFormValues', () => {
  it('shows a detail not given as an empty field', () => {
    expect(stored).toEqual({ name: 'Selvhjælp Danmark', website: 'https://selvhjaelp.dk', phone: '', email: 'kontakt@example.org', defaultLanguage: 'DA', requestRetentionDays: '180' });
  });
});

describe('organisationEdit', () => {
  it('sends only what changed, trimmed', () => {
    expect(organisationEdit(stored, { ...stored, name: ' Selvhjælp Danmark  ', phone: ' +45 44 98 35 79 ' })).toEqual({ phone: '+45 44 98 35 79' });
  });

  it('empties a contact detail cleared in the form', () => {
    expect(organisationEdit(stored, { ...stored, website: '  ', email: '' })).toEqual({ website: null, email: null });
  });

  it('sends an emptied name as it is, for the API to refuse at its field', () => {
    expect(organisationEdit(stored, { ...stored, name: '' })).toEqual({ name: '' });
  });

  it('sends a new default language', () => {
    expect(organisationEdit(stored, { ...stored, defaultLanguage: 'EN' })).toEqual({ defaultLanguage: 'EN' });
  });

  it('sends a new retention time for requests to join as days, only when it is a whole number from 30 to 730', () => {
    expect(organisationEdit(stored, { ...stored, requestRetentionDays: ' 90 ' })).toEqual({ requestRetentionDays: 90 });
    expect(organisationEdit(stored, { ...stored, requestRetentionDays: '180 ' })).toEqual({});
    expect([' 30', '730', '29', '731', '9.5', '', 'tre'].map(retentionDays)).toEqual([30, 730, null, null, null, null, null]);
  });

  it('sends nothing when nothing changed', () => {
    expect(organisationEdit(stored, { ...stored })).toEqual({});
  });
});
