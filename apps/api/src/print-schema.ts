import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './server/schema';

/** The schema partners read, as committed in apps/api/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await createSchema())}\n`;
}

if (require.main === module) {
  void printedSchema().then((schema) => {
    const file = path.join(__dirname, '..', 'schema.graphql');
    writeFileSync(file, schema);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  });
}
