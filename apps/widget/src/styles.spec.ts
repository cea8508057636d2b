import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCENT_COMPANIONS } from '@groupfinder/domain';

describe('the widget’s styles', () => {
  it('put the accent colour with no colour the dashboard’s contrast check does not know', () => {
    const css = readFileSync(path.join(__dirname, 'styles.css'), 'utf8');
    // The pale panels the accent is written on (links, "More filters") and the white it is written on and under.
    expect(ACCENT_COMPANIONS).toContain(/--gf-soft:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]?.toLowerCase());
    expect(ACCENT_COMPANIONS).toContain(/--gf-surface:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]?.toLowerCase());
  });
});
