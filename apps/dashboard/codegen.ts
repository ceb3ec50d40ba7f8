// Types for every GraphQL operation in src, from the API's committed schema. Run `npm run codegen`
// after changing an operation or the schema; src/graphql/codegen.test.ts fails when they drift.
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/graphql/generated/**', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // persisted-documents.json: every operation of the dashboard, which the API trusts.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default codegenConfig;
