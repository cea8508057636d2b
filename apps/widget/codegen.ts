import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client types for the widget's operations, generated from the API's committed contract.
 * `documentMode: 'string'` emits each operation as a plain string (no graphql runtime in the
 * bundle); enums come out as string-literal unions (client preset 6 spells the old
 * `enumsAsTypes: true` as `enumType: 'string-literal'`). The output in src/gql/ is committed and
 * never edited; `npm run check:generated` regenerates it and compares.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // `getFragmentData` rather than `useFragment`: unmasking is not a hook.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // persisted-documents.json: every operation this app sends, by its SHA-256; the API's limits are tested against it.
        persistedDocuments: true,
      },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
