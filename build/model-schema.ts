/**
 * Publishes the model schema as JSON Schema (src/core/model/model.schema.json), so models can be written
 * in any editor with completion and checked before import. `npm run schema` rewrites it; a test
 * fails when it no longer matches the zod schema.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { ModelSchema } from "../src/core/model/schema";

export const MODEL_SCHEMA_FILE = join(import.meta.dirname, "../src/core/model/model.schema.json");

export function modelJsonSchema(): string {
  const generated = z.toJSONSchema(ModelSchema) as { properties?: Record<string, unknown> };
  const schema = {
    ...generated,
    // A model file may name this schema for editor completion; Bussola CX ignores the key.
    properties: { $schema: { type: "string" }, ...generated.properties },
    $id: "https://bussola.cx/model.schema.json",
    title: "Bussola CX assessment model",
    description:
      'An assessment model: answer scales (optionally with N/A and "don\'t know"), areas, optional perspectives (who answers: e.g. the company and its customers) with the questions each is asked and its own wordings, questions, scoring rule, bands and recommendations, every text in Italian and English. Cross-field rules (references, unique ids, contiguous bands, known perspectives) are checked by Bussola CX on import.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(MODEL_SCHEMA_FILE, modelJsonSchema());
  console.log(`wrote ${MODEL_SCHEMA_FILE}`);
}
