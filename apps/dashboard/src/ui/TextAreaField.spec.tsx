import { TextAreaField } from './TextAreaField';
import { markupIn, textOf } from './markup.testing';

describe('a text of several lines', () => {
  const field = (value: string, locale: 'en' | 'da' = 'en') =>
    markupIn(<TextAreaField label="Description" id="description" name="description" value={value} onChange={() => undefined} maxLength={10} />, locale);

  it('keeps a text pasted over its length whole and says it is too long, in the reader’s language', () => {
    const html = field('twelve chars');
    // Not cut off by the browser: no maxlength on the control.
    expect(html).not.toContain('maxlength');
    expect(html).toContain('aria-invalid="true"');
    expect(textOf(html)).toContain('The text may be at most 10 characters long.');
    expect(textOf(field('twelve chars', 'da'))).toContain('Teksten må højst være 10 tegn lang.');
  });

  it('says nothing of the length while the text fits', () => {
    const html = field('ten chars!');
    expect(html).not.toContain('aria-invalid');
    expect(textOf(html)).not.toContain('at most');
  });
});
