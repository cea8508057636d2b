import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** The snippet a page shows between <pre><code> and </code></pre>, as a browser reads it. */
function shownSnippet(html: string): string {
  const code = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
  return code.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

describe('the demo page', () => {
  it('offers to copy the README’s snippet for a finder without a key, with the script where the API serves it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const keyless = /```html\n(<script[^\n]*>\n<div data-groupfinder[^\n]*>)\n```/.exec(readme)?.[1];
    expect(keyless).toContain('/widget/groupfinder-widget.js');
    expect(shownSnippet(readFileSync(path.join(ROOT, 'apps/widget/index.html'), 'utf8'))).toBe(keyless);
  });
});
