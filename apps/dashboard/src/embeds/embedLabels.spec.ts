import { translator } from '@groupfinder/translations';
import { embedFormProblems, newEmbedValues, type EmbedFormValues } from './embedForm';
import { describeEmbedField, embedFormProblem, embedProblemControl } from './embedLabels';
import { frameSnippet } from './embedSnippet';

const en = translator('en');
const da = translator('da');
const values: EmbedFormValues = { ...newEmbedValues('DK'), name: 'Gladsaxe', allowedOrigins: ['https://www.gladsaxe.dk'] };
const names = { neighbours: new Map([['173', 'Lyngby-Taarbæk']]), organisations: new Map([['o-1', 'De Frivilliges Hus']]) };

describe('embedProblemControl', () => {
  it('links a site’s problem to its row, a text’s to its language, and others to their field', () => {
    expect(embedProblemControl(en, 'f', 'allowedOrigins.1')).toEqual({ id: 'f-allowedOrigins-1', label: 'Site 2' });
    expect(embedProblemControl(en, 'f', 'contactText.da')).toEqual({ id: 'f-contactText-da', label: 'Contact text (Danish)' });
    expect(embedProblemControl(en, 'f', 'accentColour')).toEqual({ id: 'f-accentColour', label: 'Accent colour' });
    expect(embedProblemControl(en, 'f', 'allowedOrigins')).toEqual({ id: 'f-allowedOrigins', label: 'Allowed sites' });
  });

  it('says a neighbour the API does not know at the neighbours, and has no control for what the form does not show', () => {
    expect(embedProblemControl(en, 'f', 'neighbourCodes.0')).toEqual({ id: 'f-neighbourCodes', label: 'Neighbouring municipalities' });
    expect(embedProblemControl(en, 'f', 'municipalityId')).toBeNull();
  });
});

describe('embedFormProblem', () => {
  it('says the problems found before saving as the API would, in the reader’s language', () => {
    const problem = embedFormProblem(da, embedFormProblems({ ...values, accentColour: '#ffd966', allowedOrigins: ['gladsaxe'] }));
    expect(problem).toMatchObject({ code: 'INVALID_INPUT', field: null });
    expect(problem.message).toContain('2');
    expect(problem.problems).toEqual([
      // The ratio as Danish writes numbers, as the live contrast says it.
      { field: 'accentColour', code: 'CONTRAST_TOO_LOW', message: da('error.CONTRAST_TOO_LOW', { ratio: 1.25, min: 4.5 }) },
      { field: 'allowedOrigins.0', code: 'ORIGIN_INVALID', message: da('error.ORIGIN_INVALID') },
    ]);
    expect(embedFormProblem(en, embedFormProblems({ ...values, accentColour: '#ffd966' })).problems?.[0]?.message).toContain('1.25:1');
  });
});

describe('describeEmbedField', () => {
  it('puts each field in words, for choosing between mine and theirs', () => {
    const mine: EmbedFormValues = { ...values, neighbourCodes: ['173'], organisationIds: ['o-1'], topics: ['GRIEF'], contactText: { da: 'Ring til os' } };
    expect(describeEmbedField(en, 'neighbourCodes', mine, names)).toBe('Lyngby-Taarbæk');
    expect(describeEmbedField(en, 'organisationIds', mine, names)).toBe('De Frivilliges Hus');
    expect(describeEmbedField(en, 'organisationIds', values, names)).toBe('Every organisation');
    expect(describeEmbedField(en, 'topics', mine, names)).toBe('Grief');
    expect(describeEmbedField(en, 'topics', values, names)).toBe('Every topic');
    expect(describeEmbedField(en, 'includeOnline', values, names)).toBe('Shown');
    expect(describeEmbedField(en, 'onlineLanguages', values, names)).toBe('Danish');
    expect(describeEmbedField(en, 'defaultLanguage', values, names)).toBe('Danish');
    expect(describeEmbedField(en, 'accentColour', values, names)).toBe('#0b5394 (contrast 7.17:1)');
    expect(describeEmbedField(en, 'allowedOrigins', { ...values, allowedOrigins: ['https://www.gladsaxe.dk', ''] }, names)).toBe('https://www.gladsaxe.dk');
    expect(describeEmbedField(en, 'contactText', mine, names)).toBe('Danish: “Ring til os”');
    expect(describeEmbedField(en, 'font', values, names)).toBe('(empty)');
  });
});

describe('frameSnippet', () => {
  it('frames the embed’s page, titled for screen readers, with what HTML would misread escaped', () => {
    expect(frameSnippet('https://api.example.org/embed/abc', 'Find en selvhjælpsgruppe')).toBe(
      '<iframe src="https://api.example.org/embed/abc" title="Find en selvhjælpsgruppe" width="100%" height="900" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>',
    );
    expect(frameSnippet('https://x/embed/a?b=1&c=2', 'Say "hi" <b>')).toContain('src="https://x/embed/a?b=1&amp;c=2" title="Say &quot;hi&quot; &lt;b>"');
  });
});
