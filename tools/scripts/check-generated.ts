/**
 * Fails when a generated file is stale: regenerates the schema (from the API's code) and the
 * clients' typed operations (from the schema), then compares with what was there. The fresh
 * files stay in place, so the fix is to commit them.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const generated = ['apps/api/schema.graphql', 'apps/dashboard/src/gql', 'apps/widget/src/gql'];

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) readdirSync(absolute).forEach((entry) => visit(path.join(relative, entry)));
    else files.set(relative, readFileSync(absolute, 'utf8'));
  };
  generated.forEach(visit);
  return files;
}

const before = snapshot();
execSync('npx nx run api:schema && npx nx run-many -t codegen', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const after = snapshot();

const stale = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (stale.length > 0) {
  console.error(`Generated files were stale and have been regenerated; commit them:\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
console.log(`Generated files are up to date (${after.size} files checked).`);
