import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed operations for the tests, examples and bench scripts: write `graphql(\`…\`)` with the import from
 * src/core/testing/gql, run `npm run codegen`, and results and variables are typed from the schema.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: [
    "src/**/*.test.ts",
    "src/core/testing/**/*.ts",
    "examples/**/*.ts",
    "bench/**/*.ts",
    "!src/core/testing/gql/**",
  ],
  ignoreNoDocuments: true,
  // NodeNext needs explicit .js extensions on relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    "src/core/testing/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", JSONObject: "Record<string, unknown>" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
