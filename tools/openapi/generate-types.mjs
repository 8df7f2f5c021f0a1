// Writes one TypeScript file of API types per OpenAPI document: node generate-types.mjs <documents dir> <output dir>.
// The web app imports them from src/Web/src/api/generated/; ./agrovet test regenerates them into a temporary
// directory and fails when they differ from the committed ones.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const [documents, output] = process.argv.slice(2).map((p) => resolve(p));
if (!documents || !output) {
  console.error("usage: node generate-types.mjs <documents dir> <output dir>");
  process.exit(2);
}

const files = (await readdir(documents)).filter((f) => f.endsWith(".json")).sort();
await mkdir(output, { recursive: true });
for (const stale of (await readdir(output)).filter((f) => f.endsWith(".ts"))) {
  await rm(join(output, stale));
}

for (const file of files) {
  const service = basename(file, ".json");
  const schema = JSON.parse(await readFile(join(documents, file), "utf8"));
  const ast = await openapiTS(schema, { silent: true, alphabetize: true, rootTypes: false, cwd: pathToFileURL(documents + "/") });
  const header =
    `// Generated from docs/openapi/${file} by openapi-typescript: do not edit.\n` +
    "// Regenerate with ./agrovet openapi (or: cd src/Web && npm run api:types).\n\n";
  await writeFile(join(output, `${service}.ts`), header + astToString(ast));
  console.log(`${join(output, service + ".ts")}`);
}
