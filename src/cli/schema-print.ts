import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printGraphQLSchema } from "../schema.js";
import { projectRoot } from "../shared/paths.js";

// `npm run schema:print`: writes schema/schema.graphql from the code.
const path = join(projectRoot, "schema", "schema.graphql");
writeFileSync(path, printGraphQLSchema());
console.log(`wrote ${path}`);
