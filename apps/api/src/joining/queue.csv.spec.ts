import { csvField, toCsv } from './queue.csv';

describe('CSV for a spreadsheet', () => {
  it('quotes every field and doubles the quotes in it, keeping commas and line breaks inside', () => {
    expect(csvField('Ane "Anna" Jensen, Søborg\nanden linje')).toBe('"Ane ""Anna"" Jensen, Søborg\nanden linje"');
    expect(csvField(null)).toBe('""');
  });

  it.each(['=1+1', '+45 12 34 56 78', '-2', '@SUM(A1)', '\tx', '\rx'])('shows %j as text rather than running it as a formula', (value) => {
    expect(csvField(value)).toBe(`"'${value}"`);
  });

  it('leaves what a spreadsheet reads as text alone', () => {
    expect(csvField("Mette's note = fine")).toBe(`"Mette's note = fine"`);
  });

  it('writes the rows with CRLF after a byte order mark', () => {
    expect(toCsv([['a', 'b'], ['c', null]])).toBe('\uFEFF"a","b"\r\n"c",""\r\n');
  });
});
