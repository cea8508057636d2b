import type { Locale } from '@groupfinder/translations';
import { labelOf, markupIn, textOf as text } from '../ui/markup.testing';
import { EmbedFields, type EmbedFieldsProps } from './EmbedFields';
import { newEmbedValues } from './embedForm';
import { EmbedSnippet } from './EmbedSnippet';

function render(props: Partial<EmbedFieldsProps> = {}, locale: Locale = 'en'): string {
  return markupIn(
    <EmbedFields
      values={{ ...newEmbedValues('DK'), name: 'Gladsaxe' }}
      onChange={() => undefined}
      neighbours={[{ value: '173', label: 'Lyngby-Taarbæk' }]}
      organisations={[{ value: 'o-1', label: 'De Frivilliges Hus' }]}
      storedTexts={{ contactText: {}, crisisText: {} }}
      controlId={(field) => `embed-${field.replace('.', '-')}`}
      fieldError={() => undefined}
      {...props}
    />,
    locale,
  );
}

describe('EmbedFields', () => {
  it('labels every control, choices under legends of their own', () => {
    const html = render();
    expect(labelOf(html, 'embed-name')).toBe('Name');
    expect(html).toMatch(/<legend[^>]*>Neighbouring municipalities<\/legend>/);
    expect(labelOf(html, 'embed-neighbourCodes-173')).toBe('Lyngby-Taarbæk');
    expect(labelOf(html, 'embed-includeOnline')).toBe('Show online groups');
    expect(labelOf(html, 'embed-onlineLanguages-da')).toBe('Danish');
    expect(labelOf(html, 'embed-topics-ALCOHOL')).toBe('Alcohol');
    expect(labelOf(html, 'embed-organisationIds-o-1')).toBe('De Frivilliges Hus');
    expect(labelOf(html, 'embed-defaultLanguage')).toBe('Language');
    expect(labelOf(html, 'embed-accentColour')).toBe('Accent colour');
    expect(labelOf(html, 'embed-font')).toBe('Font');
    expect(labelOf(html, 'embed-allowedOrigins-0')).toBe('Site 1');
    expect(labelOf(html, 'embed-contactText-da')).toBe('Contact text (Danish)');
    expect(labelOf(html, 'embed-crisisText-da')).toBe('Crisis line text (Danish)');
  });

  it('leaves out the neighbours when the municipality has none, and the online languages when online groups are not shown', () => {
    const html = render({ neighbours: [], values: { ...newEmbedValues('DK'), includeOnline: false } });
    expect(html).not.toContain('embed-neighbourCodes');
    expect(html).not.toContain('embed-onlineLanguages');
  });

  it('says the accent colour’s contrast with white text before saving, passing or not', () => {
    expect(text(render())).toContain('Weakest contrast, with white text and on the finder’s pale grey: 7.17:1. Passes WCAG AA (at least 4.5:1).');
    const light = render({ values: { ...newEmbedValues('DK'), accentColour: '#ffd966' } });
    expect(light).toMatch(/<p role="status" class="colour-field__verdict colour-field__verdict--fails">Weakest contrast, with white text and on the finder’s pale grey: 1.25:1. Too low: WCAG AA needs at least 4.5:1. Choose a darker colour.<\/p>/);
    expect(text(render({ values: { ...newEmbedValues('DK'), accentColour: '#0b53' } }))).toContain('Write the colour as #rrggbb to see its contrast.');
  });

  it('writes the ratio as the reader’s language writes numbers', () => {
    expect(text(render({}, 'da'))).toContain('Laveste kontrast, med hvid tekst og på søgningens lysegrå: 7,17:1. Opfylder WCAG AA (mindst 4,5:1).');
  });

  it('gives each site a row of its own, to remove, and a way to add one', () => {
    const html = render({ values: { ...newEmbedValues('DK'), allowedOrigins: ['https://www.gladsaxe.dk', 'http://localhost:8080'] } });
    expect(labelOf(html, 'embed-allowedOrigins-1')).toBe('Site 2');
    expect(text(html)).toContain('Remove site 1');
    expect(text(html)).toContain('Remove site 2');
    expect(text(html)).toContain('Add a site');
  });

  it('says a problem the API or the form found at its field', () => {
    const html = render({ fieldError: (field) => ({ 'allowedOrigins.0': 'Skriv siden som dens adresse uden sti.', 'neighbourCodes.0': 'Vælg en kommune på listen.' })[field] });
    expect(html).toMatch(/<p class="field__error" id="embed-allowedOrigins-0-error">Skriv siden som dens adresse uden sti.<\/p>/);
    expect(html).toMatch(/<p class="field__error" id="embed-neighbourCodes-error">Vælg en kommune på listen.<\/p>/);
  });

  it('speaks the reader’s language', () => {
    const html = render({}, 'da');
    expect(labelOf(html, 'embed-accentColour')).toBe('Accentfarve');
    expect(labelOf(html, 'embed-allowedOrigins-0')).toBe('Side 1');
  });
});

describe('EmbedSnippet', () => {
  it('shows the snippet to copy, and the frame for sites that strip scripts, titled in the finder’s language', () => {
    const snippet = '<script src="http://localhost:4000/widget/groupfinder-widget.js" defer></script>\n<groupfinder-finder key="k"></groupfinder-finder>';
    const html = markupIn(<EmbedSnippet snippet={snippet} frameUrl="http://localhost:4000/embed/k" language="pl" />);
    expect(html).toContain('<figcaption class="field__label">Snippet</figcaption>');
    expect(html).toContain('&lt;groupfinder-finder key=&quot;k&quot;&gt;&lt;/groupfinder-finder&gt;');
    expect(text(html)).toContain('Copy snippet');
    expect(html).toContain('src=&quot;http://localhost:4000/embed/k&quot; title=&quot;Znajdź grupę samopomocową&quot;');
    expect(text(html)).toContain('Copy frame');
  });
});
