import type { Locale } from '@groupfinder/translations';
import { labelMarkOf, labelOf, markupIn, textOf as text } from '../ui/markup.testing';
import { VenueFields, type VenueFieldsProps } from './VenueFields';
import { NEW_VENUE } from './venueForm';

function render(props: Partial<VenueFieldsProps> = {}, locale: Locale = 'en'): string {
  return markupIn(
    <VenueFields
      values={NEW_VENUE}
      onChange={() => undefined}
      storedNotes={{}}
      defaultLanguage="da"
      controlId={(field) => `venue-${field.replace('.', '-')}`}
      fieldError={() => undefined}
      {...props}
    />,
    locale,
  );
}

describe('VenueFields', () => {
  it('labels every control, the point and accessibility under legends of their own', () => {
    const html = render();
    expect(labelOf(html, 'venue-name')).toBe('Name of the venue');
    // A field that must be filled in says so beside its label; the others do not.
    expect(labelMarkOf(html, 'venue-name')).toBe('(required)');
    expect(labelMarkOf(html, 'venue-latitude')).toBeUndefined();
    expect(html).toMatch(/<input(?=[^>]*\brequired="")[^>]*id="venue-name"/);
    expect(labelOf(html, 'venue-postalCode')).toBe('Postcode');
    expect(labelOf(html, 'venue-latitude')).toBe('Latitude');
    expect(html).toMatch(/<fieldset class="venue-point"><legend[^>]*>Point on the map<\/legend>/);
    expect(text(html)).toContain('Take the point from the postcode');
    expect(text(html)).toContain('the point is taken from the postcode (or else the town) when you save');
    expect(html).toMatch(/<legend[^>]*>Accessibility<\/legend>/);
    expect(labelOf(html, 'venue-accessibility-HEARING_LOOP')).toBe('Hearing loop');
  });

  it('shows the notes in the organisation’s language first, then in each language written, side by side', () => {
    const html = render({ values: { ...NEW_VENUE, transportNotes: { da: 'Bus 150S', en: 'Bus 150S' } } });
    expect(labelOf(html, 'venue-transportNotes-da')).toBe('Getting there (Danish, the organisation’s language)');
    expect(labelOf(html, 'venue-transportNotes-en')).toBe('Getting there (English)');
    expect(html).not.toContain('venue-transportNotes-sv');
    expect(html.indexOf('venue-transportNotes-da')).toBeLessThan(html.indexOf('venue-transportNotes-en'));
  });

  it('marks a language without notes in words, and offers the languages not shown yet', () => {
    const html = render({ values: { ...NEW_VENUE, transportNotes: { sv: 'Buss 150S' } } });
    expect(text(html)).toContain('Missing: visitors reading this language see the text in Swedish.');
    expect(labelOf(html, html.match(/<select[^>]*id="([^"]+)"[^>]*name="addNoteLanguage"/)?.[1] ?? '')).toBe('Add a language');
    expect(text(html)).toContain('Add the language');
    expect(html).toMatch(/<option value="pl">Polish<\/option>/);
    expect(html).not.toMatch(/<option value="sv">/);
  });

  it('says a problem the API found at its field', () => {
    const html = render({ fieldError: (field) => (field === 'postalCode' ? 'Skriv postnummeret, som landet skriver det.' : undefined) });
    expect(html).toMatch(/<p class="field__error" id="venue-postalCode-error">Skriv postnummeret, som landet skriver det.<\/p>/);
    expect(html).toMatch(/<input[^>]*aria-describedby="venue-postalCode-hint venue-postalCode-error"[^>]*aria-invalid="true"[^>]*name="postalCode"/);
  });

  it('speaks the reader’s language', () => {
    const html = render({}, 'da');
    expect(labelOf(html, 'venue-name')).toBe('Mødestedets navn');
    expect(text(html)).toContain('Tag punktet fra postnummeret');
  });
});
