import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
  type IntrospectionType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { printGraphQLSchema } from "../src/schema.js";
import { projectRoot } from "../src/shared/paths.js";
import { createTestServer, type TestServer } from "./helpers/server.js";

describe("the schema", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ seed: false });
  });

  it("is checked in as printed from the code (run `npm run schema:print` after a change)", () => {
    const checkedIn = readFileSync(join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(checkedIn).toBe(printGraphQLSchema());
  });

  it("equals the schema the server serves, as introspection shows it", async () => {
    const data = await t.exec<IntrospectionQuery>(getIntrospectionQuery({ specifiedByUrl: true }));
    const introspected = printSchema(lexicographicSortSchema(buildClientSchema(data)));
    expect(introspected).toBe(printSchema(lexicographicSortSchema(t.server.schema)));
    expect(printGraphQLSchema(t.server.schema)).toBe(printGraphQLSchema());
  });

  it("describes every type, field, argument and enum value", async () => {
    const data = await t.exec<IntrospectionQuery>(
      getIntrospectionQuery({ inputValueDeprecation: true }),
    );
    const missing: string[] = [];
    const own = (type: IntrospectionType) => !type.name.startsWith("__");
    for (const type of data.__schema.types.filter(own)) {
      if (!type.description?.trim()) missing.push(type.name);
      if ("fields" in type && type.fields) {
        for (const field of type.fields) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if ("inputFields" in type && type.inputFields) {
        for (const field of type.inputFields) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        }
      }
      if ("enumValues" in type && type.enumValues) {
        for (const value of type.enumValues) {
          if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
