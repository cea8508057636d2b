import fc from 'fast-check';
import { contrastRatio, DEFAULT_ACCENT_COLOUR, embedProblems, normaliseEmbedFields, normaliseOrigin, type EmbedFields } from './embeds';

const FIELDS: EmbedFields = {
  name: 'Gladsaxe',
  neighbourCodes: [],
  includeOnline: false,
  onlineLanguages: [],
  topics: [],
  organisationIds: [],
  defaultLanguage: 'da',
  accentColour: DEFAULT_ACCENT_COLOUR,
  font: '',
  allowedOrigins: ['https://www.gladsaxe.dk'],
  contactText: {},
  crisisText: {},
};

describe('contrastRatio (WCAG 2.1)', () => {
  it('gives the published ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The lightest grey that passes AA on white, and the one just too light.
    expect(contrastRatio('#767676', '#ffffff')).toBe(4.54);
    expect(contrastRatio('#777777', '#ffffff')).toBe(4.47);
  });

  it('is symmetric and between 1 and 21', () => {
    const colour = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const ratio = contrastRatio(a, b);
        return ratio === contrastRatio(b, a) && ratio >= 1 && ratio <= 21;
      }),
      { seed: 1126 },
    );
  });
});

describe('embedProblems', () => {
  it('accepts the default colour, and refuses one white text cannot be read on, with its ratio', () => {
    expect(embedProblems(FIELDS)).toEqual([]);
    expect(embedProblems({ ...FIELDS, accentColour: '#ffcc00' })).toEqual([{ field: 'accentColour', code: 'CONTRAST_TOO_LOW', values: { ratio: 1.38, min: 4.5 } }]);
    expect(embedProblems({ ...FIELDS, accentColour: 'teal' })).toEqual([{ field: 'accentColour', code: 'COLOUR_INVALID' }]);
  });

  it('wants at least one site, each an origin without a path', () => {
    expect(embedProblems({ ...FIELDS, allowedOrigins: [] })).toEqual([{ field: 'allowedOrigins', code: 'ORIGINS_REQUIRED' }]);
    expect(embedProblems({ ...FIELDS, allowedOrigins: ['https://www.gladsaxe.dk', 'javascript:alert(1)', 'https://a.dk/side'] }).map((problem) => problem.field)).toEqual(['allowedOrigins.1', 'allowedOrigins.2']);
  });

  it('refuses a font that could end its CSS declaration', () => {
    expect(embedProblems({ ...FIELDS, font: '"Gladsaxe Sans", Arial, sans-serif' })).toEqual([]);
    expect(embedProblems({ ...FIELDS, font: 'Arial; color: red' }).map((problem) => problem.code)).toEqual(['FONT_INVALID']);
    expect(embedProblems({ ...FIELDS, font: 'x}body{' }).map((problem) => problem.code)).toEqual(['FONT_INVALID']);
  });

  it('wants the languages of the online groups it shows', () => {
    expect(embedProblems({ ...FIELDS, includeOnline: true }).map((problem) => problem.code)).toEqual(['ONLINE_LANGUAGES_REQUIRED']);
  });
});

describe('normaliseOrigin', () => {
  it('writes a site as a browser sends its Origin', () => {
    expect(normaliseOrigin(' https://WWW.Gladsaxe.dk/ ')).toBe('https://www.gladsaxe.dk');
    expect(normaliseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normaliseOrigin('https://www.gladsaxe.dk:443')).toBe('https://www.gladsaxe.dk');
    expect(normaliseOrigin('https://www.gladsaxe.dk/selvhjaelp')).toBeNull();
    expect(normaliseOrigin('ftp://gladsaxe.dk')).toBeNull();
    expect(normaliseOrigin('https://user:pw@gladsaxe.dk')).toBeNull();
  });

  it('keeps what it cannot normalise, so the editor sees it refused at its place', () => {
    expect(normaliseEmbedFields({ ...FIELDS, allowedOrigins: ['https://A.dk/', 'a.dk', 'https://a.dk', ' '] }).allowedOrigins).toEqual(['https://a.dk', 'a.dk']);
  });
});
