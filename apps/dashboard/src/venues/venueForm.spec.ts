import { NEW_VENUE, venueFormValues, venueInput } from './venueForm';

const stored = {
  name: 'Frivilligcenter Lyngby',
  street: 'Lyngby Hovedgade 28',
  postalCode: '2800',
  town: 'Kongens Lyngby',
  latitude: 55.7704,
  longitude: 12.5038,
  accessibility: ['HEARING_LOOP', 'STEP_FREE'],
  transportNotes: { sv: 'Buss 150S', da: 'Bus 150S til Lyngby St.', en: '' },
};

describe('venueFormValues', () => {
  it('shows the point as typed numbers, the features in their usual order and only the languages written in', () => {
    expect(venueFormValues(stored)).toEqual({
      name: 'Frivilligcenter Lyngby',
      street: 'Lyngby Hovedgade 28',
      postalCode: '2800',
      town: 'Kongens Lyngby',
      point: { latitude: '55.7704', longitude: '12.5038' },
      accessibility: ['STEP_FREE', 'HEARING_LOOP'],
      transportNotes: { da: 'Bus 150S til Lyngby St.', sv: 'Buss 150S' },
    });
  });

  it('shows a venue without a point with both coordinates empty', () => {
    expect(venueFormValues({ ...stored, latitude: null, longitude: null }).point).toEqual({ latitude: '', longitude: '' });
  });
});

describe('venueInput', () => {
  it('trims the lines and sends the point as numbers, with a decimal comma too', () => {
    const values = { ...venueFormValues(stored), name: ' Frivilligcenter Lyngby ', point: { latitude: '55,7704', longitude: ' 12.5038' } };
    expect(venueInput(values)).toEqual({
      problem: null,
      input: {
        name: 'Frivilligcenter Lyngby',
        street: 'Lyngby Hovedgade 28',
        postalCode: '2800',
        town: 'Kongens Lyngby',
        latitude: 55.7704,
        longitude: 12.5038,
        accessibility: ['STEP_FREE', 'HEARING_LOOP'],
        transportNotes: { da: 'Bus 150S til Lyngby St.', sv: 'Buss 150S' },
      },
    });
  });

  it('sends no point when both are empty, so that the API takes it from the postcode', () => {
    const result = venueInput({ ...NEW_VENUE, name: 'Kulturhuset', point: { latitude: ' ', longitude: '' } });
    expect(result.input).toMatchObject({ latitude: null, longitude: null });
  });

  it('refuses half a point, and a coordinate that is not a number', () => {
    expect(venueInput({ ...NEW_VENUE, point: { latitude: '55.77', longitude: '' } })).toEqual({ input: null, problem: { field: 'longitude', code: 'BOTH_NEEDED' } });
    expect(venueInput({ ...NEW_VENUE, point: { latitude: '', longitude: '12.5' } })).toEqual({ input: null, problem: { field: 'latitude', code: 'BOTH_NEEDED' } });
    expect(venueInput({ ...NEW_VENUE, point: { latitude: '55.77', longitude: '12°30′' } })).toEqual({ input: null, problem: { field: 'longitude', code: 'NOT_A_NUMBER' } });
  });

  it('leaves out transport notes that are only spaces', () => {
    expect(venueInput({ ...NEW_VENUE, transportNotes: { da: 'Bus 150S ', sv: '  ' } }).input?.transportNotes).toEqual({ da: 'Bus 150S' });
  });
});
