import { translator } from '@groupfinder/translations';
import { describeLine, describeText } from './describeValue';

const t = translator('en');

describe('describeLine', () => {
  it('quotes a line, and says when there is none', () => {
    expect(describeLine(t, 'Selvhjælp Lyngby')).toBe('“Selvhjælp Lyngby”');
    expect(describeLine(t, '  ')).toBe('(empty)');
    expect(describeLine(t, '', 'Not given')).toBe('Not given');
  });
});

describe('describeText', () => {
  it('says a text in each language written, in the platform’s order', () => {
    expect(describeText(t, { sv: 'Buss 150S', da: 'Bus 150S', en: ' ' })).toBe('Danish: “Bus 150S”; Swedish: “Buss 150S”');
    expect(describeText(t, {})).toBe('(empty)');
  });
});
