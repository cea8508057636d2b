import { translator } from '@groupfinder/translations';
import { NEW_VENUE } from './venueForm';
import { describeVenueField, pointNotice, venueControlId, venueProblemControl } from './venueLabels';

const t = translator('en');

describe('venueProblemControl', () => {
  it('links a problem the API names to its control, called by its label', () => {
    expect(venueProblemControl(t, 'f1', 'postalCode')).toEqual({ id: 'f1-postalCode', label: 'Postcode' });
    expect(venueProblemControl(t, 'f1', 'latitude')).toEqual({ id: 'f1-latitude', label: 'Latitude' });
    expect(venueProblemControl(t, 'f1', 'transportNotes.sv')).toEqual({ id: 'f1-transportNotes-sv', label: 'Getting there (Swedish)' });
  });

  it('has no control for a field the form does not show', () => {
    expect(venueProblemControl(t, 'f1', 'transportNotes.xx')).toBeNull();
    expect(venueProblemControl(t, 'f1', 'organisationId')).toBeNull();
  });

  it('gives each control an id of its own within the form', () => {
    expect(venueControlId(':r1:', 'transportNotes.da')).toBe(':r1:-transportNotes-da');
  });
});

describe('describeVenueField', () => {
  it('says a point left to the API as taken from the postcode, and a point given as its numbers', () => {
    expect(describeVenueField(t, 'point', NEW_VENUE.point)).toBe('Taken from the postcode');
    expect(describeVenueField(t, 'point', { latitude: '55.7704', longitude: '12.5038' })).toBe('55.7704, 12.5038');
  });

  it('says the accessibility features, the notes and the lines in words', () => {
    expect(describeVenueField(t, 'accessibility', ['STEP_FREE', 'HEARING_LOOP'])).toBe('Step-free access, Hearing loop');
    expect(describeVenueField(t, 'accessibility', [])).toBe('None');
    expect(describeVenueField(t, 'transportNotes', { da: 'Bus 150S', sv: 'Buss 150S' })).toBe('Danish: “Bus 150S”; Swedish: “Buss 150S”');
    expect(describeVenueField(t, 'name', 'Frivilligcenter Lyngby')).toBe('“Frivilligcenter Lyngby”');
    expect(describeVenueField(t, 'name', '')).toBe('(empty)');
  });
});

describe('pointNotice', () => {
  it('says which point the API took when none was given, or that it found none', () => {
    expect(pointNotice(t, { latitude: null }, { latitude: 55.7704, longitude: 12.5038 })).toBe('The point was taken from the postcode: 55.7704, 12.5038.');
    expect(pointNotice(t, { latitude: null }, { latitude: null, longitude: null })).toMatch(/^No point was found/);
  });

  it('says nothing about a point the editor gave', () => {
    expect(pointNotice(t, { latitude: 55.7704 }, { latitude: 55.7704, longitude: 12.5038 })).toBeNull();
  });
});
