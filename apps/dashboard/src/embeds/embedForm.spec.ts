import { DEFAULT_ACCENT_COLOUR } from '@groupfinder/domain';
import { accentContrast, embedFormProblems, embedFormValues, embedInput, newEmbedValues, tidiedOrigin, type EmbedFormValues } from './embedForm';

const stored = {
  name: 'Selvhjælpsgrupper på gladsaxe.dk',
  neighbourCodes: ['173'],
  includeOnline: true,
  onlineLanguages: ['EN', 'DA'] as const,
  topics: ['GRIEF', 'ADDICTION'] as const,
  organisationIds: [],
  defaultLanguage: 'DA' as const,
  accentColour: '#0b5394',
  font: '',
  allowedOrigins: ['https://www.gladsaxe.dk'],
  contactText: { en: 'Ask Gladsaxe', da: 'Spørg Gladsaxe', sv: '' },
  crisisText: null,
};

const valid: EmbedFormValues = { ...newEmbedValues('DK'), name: 'Gladsaxe', allowedOrigins: ['https://www.gladsaxe.dk'] };

describe('newEmbedValues', () => {
  it('speaks the municipality’s language, shows its online groups, in the platform’s colour, with one row for a site', () => {
    expect(newEmbedValues('PL')).toMatchObject({
      defaultLanguage: 'pl',
      includeOnline: true,
      onlineLanguages: ['pl'],
      accentColour: DEFAULT_ACCENT_COLOUR,
      allowedOrigins: [''],
      contactText: {},
    });
    expect(newEmbedValues('NO').defaultLanguage).toBe('nb');
  });
});

describe('embedFormValues', () => {
  it('reads the languages as text codes and the choices in the platform’s order, and only the languages written in', () => {
    expect(embedFormValues(stored)).toEqual({
      ...stored,
      onlineLanguages: ['da', 'en'],
      topics: ['ADDICTION', 'GRIEF'],
      defaultLanguage: 'da',
      contactText: { da: 'Spørg Gladsaxe', en: 'Ask Gladsaxe' },
      crisisText: {},
    });
  });
});

describe('embedInput', () => {
  it('sends the fields as the API keeps them: trimmed, sites as origins without empty rows, languages as the schema’s', () => {
    const values: EmbedFormValues = {
      ...embedFormValues(stored),
      name: ' Gladsaxe ',
      accentColour: ' #0B5394',
      allowedOrigins: ['HTTPS://Www.Gladsaxe.DK/', '', 'http://localhost:4000', 'https://www.gladsaxe.dk'],
      crisisText: { da: ' Ring 70 120 120 ', en: '  ' },
    };
    expect(embedInput(values)).toEqual({
      name: 'Gladsaxe',
      neighbourCodes: ['173'],
      includeOnline: true,
      onlineLanguages: ['DA', 'EN'],
      topics: ['ADDICTION', 'GRIEF'],
      organisationIds: [],
      defaultLanguage: 'DA',
      accentColour: '#0b5394',
      font: '',
      allowedOrigins: ['https://www.gladsaxe.dk', 'http://localhost:4000'],
      contactText: { da: 'Spørg Gladsaxe', en: 'Ask Gladsaxe' },
      crisisText: { da: 'Ring 70 120 120' },
    });
  });
});

describe('embedFormProblems', () => {
  it('finds nothing in fields the API would take', () => {
    expect(embedFormProblems(valid)).toEqual([]);
  });

  it('refuses a colour white text does not read on, saying its ratio and the one needed', () => {
    expect(embedFormProblems({ ...valid, accentColour: '#ffd966' })).toEqual([{ field: 'accentColour', code: 'CONTRAST_TOO_LOW', values: { ratio: 1.25, min: 4.5 } }]);
    expect(embedFormProblems({ ...valid, accentColour: 'blue' })).toEqual([{ field: 'accentColour', code: 'COLOUR_INVALID' }]);
  });

  it('says a site that is not one at its own row, counting the rows as shown', () => {
    expect(embedFormProblems({ ...valid, allowedOrigins: ['https://www.gladsaxe.dk', '', 'www.gladsaxe.dk/selvhjaelp'] })).toEqual([{ field: 'allowedOrigins.2', code: 'ORIGIN_INVALID' }]);
  });

  it('asks for a site, a name, and the languages of the online groups shown', () => {
    const problems = embedFormProblems({ ...valid, name: ' ', allowedOrigins: ['', ' '], onlineLanguages: [] });
    expect(problems.map(({ field, code }) => `${field} ${code}`)).toEqual(['name NAME_INVALID', 'allowedOrigins ORIGINS_REQUIRED', 'onlineLanguages ONLINE_LANGUAGES_REQUIRED']);
    expect(embedFormProblems({ ...valid, includeOnline: false, onlineLanguages: [] })).toEqual([]);
  });
});

describe('accentContrast', () => {
  it('gives the colour’s weakest contrast in the widget (with white, and on its pale grey), and whether it reaches WCAG AA', () => {
    expect(accentContrast('#0b5394')).toEqual({ ratio: 7.17, passes: true });
    expect(accentContrast(' #FFD966 ')).toEqual({ ratio: 1.25, passes: false });
    // Enough on white (4.54:1) is not enough as text on the pale grey panels (4.15:1).
    expect(accentContrast('#767676')).toEqual({ ratio: 4.15, passes: false });
    expect(accentContrast('#707070')).toEqual({ ratio: 4.53, passes: true });
  });

  it('says nothing while the colour is not #rrggbb', () => {
    expect(accentContrast('#0b539')).toBeNull();
    expect(accentContrast('navy')).toBeNull();
  });
});

describe('tidiedOrigin', () => {
  it('writes a site as its origin once it is one, and leaves anything else as typed', () => {
    expect(tidiedOrigin('HTTPS://Www.Gladsaxe.DK/')).toBe('https://www.gladsaxe.dk');
    expect(tidiedOrigin('www.gladsaxe.dk')).toBe('www.gladsaxe.dk');
  });
});
