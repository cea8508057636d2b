import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client types come from the API's committed contract, never by hand. The output in src/gql/ is
 * committed and never edited: run `npx nx run dashboard:codegen` after changing an operation or
 * a fragment, or after the schema changes.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Reading a fragment is not a hook; the default name `useFragment` would look like one.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // persisted-documents.json: every operation this app sends, by its SHA-256; the API's limits are tested against it.
        persistedDocuments: true,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
        skipTypename: false,
      },
    },
  },
};

export default config;
