import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the web front end: every page's operation is checked against the schema the
// server prints (`npm run schema:print`), and `npm run check` fails when one no longer fits.
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["src/web/**/*.tsx"],
  ignoreNoDocuments: false,
  generates: {
    "src/web/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "string" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
