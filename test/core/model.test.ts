import { describe, expect, it } from "vitest";
import { bandFor, type Model, parseModel } from "../../src/core/model/schema";
import { levelModel, pointModel } from "../support/fixtures";

function errorsOf(input: unknown, lang: "it" | "en" = "en") {
  const result = parseModel(input, lang);
  return result.ok ? [] : result.errors;
}

function broken(change: (model: Model) => void): Model {
  const model = levelModel();
  change(model);
  return model;
}

describe("parseModel", () => {
  it("accepts a valid model and returns it", () => {
    const result = parseModel(levelModel());
    expect(result.ok).toBe(true);
    expect(result.ok && result.model.id).toBe("level-test");
  });

  it.each([null, 42, "model", [], {}, { id: 3 }, undefined])(
    "never throws on bad input (%j) and returns errors",
    (input) => {
      expect(() => parseModel(input)).not.toThrow();
      expect(errorsOf(input).length).toBeGreaterThan(0);
    },
  );

  it("lists every structural error with its path, not just the first", () => {
    const model = broken((m) => {
      (m as unknown as { version: string }).version = "one";
      (m.questions[0] as unknown as { weight: string }).weight = "heavy";
      (m.areas[1] as unknown as { name: object }).name = { it: "Processi" };
    });
    expect(errorsOf(model)).toEqual(
      expect.arrayContaining([
        { path: "version", message: "must look like 1.0.0" },
        { path: "questions.0.weight", message: "must be a number" },
        { path: "areas.1.name.en", message: "is required" },
      ]),
    );
  });

  it("reports a missing translation in the author's language", () => {
    const model = broken((m) => {
      (m.questions[2] as unknown as { text: object }).text = { it: "Domanda" };
    });
    expect(errorsOf(model, "it")).toEqual([
      { path: "questions.2.text.en", message: "è obbligatorio" },
    ]);
  });

  it("lists reference errors together with shape errors", () => {
    const model = broken((m) => {
      (m.questions[0] as unknown as { weight: string }).weight = "heavy";
      (m.questions[1] as { area: string }).area = "nowhere";
      (m.questions[2] as { id: string }).id = "p1";
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.0.weight", message: "must be a number" },
      { path: "questions.2.id", message: "duplicate id 'p1'" },
      { path: "questions.1.area", message: "unknown area 'nowhere'" },
    ]);
  });

  it("rejects unknown area and scale references", () => {
    const model = broken((m) => {
      (m.questions[1] as { area: string }).area = "nowhere";
      (m.questions[3] as { scale: string }).scale = "stars";
    });
    expect(errorsOf(model)).toEqual(
      expect.arrayContaining([
        { path: "questions.1.area", message: "unknown area 'nowhere'" },
        { path: "questions.3.scale", message: "unknown scale 'stars'" },
      ]),
    );
  });

  it("rejects duplicate ids of questions, areas, scales and bands", () => {
    const model = broken((m) => {
      (m.questions[1] as { id: string }).id = "p1";
      m.areas.push({ ...(m.areas[0] as Model["areas"][number]) });
      (m.bands.areas[1] as { id: string }).id = "weak";
    });
    const errors = errorsOf(model);
    expect(errors).toContainEqual({ path: "questions.1.id", message: "duplicate id 'p1'" });
    expect(errors).toContainEqual({ path: "areas.2.id", message: "duplicate id 'people'" });
  });

  it("rejects two options a respondent could not tell apart", () => {
    const model = broken((m) => {
      (
        (m.scales[0] as Model["scales"][number]).options[2] as { label: { it: string; en: string } }
      ).label = {
        it: "Level 2 (it)",
        en: "level 3",
      };
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "scales.0.options.2.label.it",
        message: "two options are labelled 'Level 2 (it)': respondents could not tell them apart",
      },
    ]);
  });

  it("rejects an area without questions", () => {
    const model = broken((m) => {
      m.questions = m.questions.filter((q) => q.area !== "process");
    });
    expect(errorsOf(model)).toContainEqual({
      path: "areas.1",
      message: "area 'process' has no questions",
    });
  });

  it("rejects a gap between bands", () => {
    const model = broken((m) => {
      (m.bands.areas[1] as { min: number }).min = 2.6;
    });
    expect(errorsOf(model)).toContainEqual({
      path: "bands.areas.1.min",
      message: "gap between bands: weak ends at 2.5 but fair starts at 2.6",
    });
  });

  it("rejects overlapping bands", () => {
    const model = broken((m) => {
      (m.bands.overall[1] as { min: number }).min = 2;
    });
    expect(errorsOf(model)).toContainEqual({
      path: "bands.overall.1.min",
      message: "bands overlap: low ends at 3 but high starts at 2",
    });
  });

  it("rejects bands that do not cover the score range", () => {
    const model = broken((m) => {
      (m.bands.overall[0] as { min: number }).min = 0;
      (m.bands.overall[1] as { max: number }).max = 6;
    });
    expect(errorsOf(model)).toEqual(
      expect.arrayContaining([
        {
          path: "bands.overall.0.min",
          message: "the first band must start at the score minimum 1",
        },
        { path: "bands.overall.1.max", message: "the last band must end at the score maximum 5" },
      ]),
    );
  });

  it("checks overall bands of point models against the sum of area ranges", () => {
    const model = pointModel();
    (model.bands.overall[1] as { max: number }).max = 10.5;
    expect(errorsOf(model)).toContainEqual({
      path: "bands.overall.1.max",
      message: "the last band must end at the score maximum 20",
    });
  });

  it("rejects recommendations for bands or areas that do not exist", () => {
    const model = broken((m) => {
      m.recommendations.push({ area: "people", band: "legendary", text: { it: "x", en: "x" } });
      m.recommendations.push({ area: "sales", band: "weak", text: { it: "x", en: "x" } });
    });
    expect(errorsOf(model)).toEqual([
      { path: "recommendations.4.band", message: "unknown band 'legendary' for area 'people'" },
      { path: "recommendations.5.area", message: "unknown area 'sales'" },
    ]);
  });

  it("rejects weighted-mean models whose areas have different ranges", () => {
    const model = broken((m) => {
      (m.areas[1] as { range: { min: number; max: number } }).range = { min: 0, max: 10 };
    });
    expect(errorsOf(model)).toContainEqual({
      path: "areas.1.range",
      message: "with a weighted-mean overall every area needs the same range as the first area",
    });
  });

  it("rejects non-finite numbers and empty texts", () => {
    const model = broken((m) => {
      (m.areas[0] as { weight: number }).weight = Number.POSITIVE_INFINITY;
      (m.name as { en: string }).en = "";
    });
    expect(errorsOf(model)).toEqual(
      expect.arrayContaining([
        { path: "areas.0.weight", message: "must be a finite number" },
        { path: "name.en", message: "must not be empty" },
      ]),
    );
  });
});

describe("bandFor: the boundary rule", () => {
  const bands = levelModel().bands.areas; // [1,2.5) [2.5,4) [4,5]
  it.each([
    [1, "weak"],
    [2.4999, "weak"],
    [2.5, "fair"],
    [3.9999, "fair"],
    [4, "strong"],
    [5, "strong"],
  ])("score %d is in band %s", (value, id) => {
    expect(bandFor(bands, value)?.id).toBe(id);
  });

  it.each([0.999, 5.001])("a score outside the range (%d) has no band", (value) => {
    expect(bandFor(bands, value)).toBeNull();
  });
});

describe("unknown fields and the $schema key", () => {
  it("rejects a misspelt field instead of dropping it", () => {
    const model = { ...levelModel(), authorNote: { it: "x", en: "x" } };
    expect(errorsOf(model)).toEqual([{ path: "", message: "unknown field(s): authorNote" }]);
    const area = broken((m) => {
      (m.areas[0] as unknown as Record<string, unknown>).band = [];
    });
    expect(errorsOf(area)).toEqual([{ path: "areas.0", message: "unknown field(s): band" }]);
  });

  it("accepts and ignores a root $schema key", () => {
    const result = parseModel({ $schema: "./model.schema.json", ...levelModel() });
    expect(result).toEqual({ ok: true, model: levelModel() });
  });

  it("trims texts, so JSON and sheet read the same", () => {
    const result = parseModel(broken((m) => (m.name.en = "  Level test \n")));
    expect(result.ok && result.model.name.en).toBe("Level test");
  });

  it("reserves the band scopes 'overall' and 'areas' as area ids", () => {
    const model = broken((m) => {
      (m.areas[1] as { id: string }).id = "overall";
      for (const q of m.questions) if (q.area === "process") q.area = "overall";
      for (const r of m.recommendations) if (r.area === "process") r.area = "overall";
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "areas.1.id",
        message:
          "'overall' names the overall and shared bands on model sheets: choose another area id",
      },
    ]);
  });
});

describe("the published JSON Schema", () => {
  it("matches the zod schema (run `npm run schema` after changing it)", async () => {
    const { readFileSync } = await import("node:fs");
    const { MODEL_SCHEMA_FILE, modelJsonSchema } = await import("../../build/model-schema");
    expect(readFileSync(MODEL_SCHEMA_FILE, "utf8")).toBe(modelJsonSchema());
  });

  it("describes every field a built-in model uses", async () => {
    const { readFileSync } = await import("node:fs");
    const { MODEL_SCHEMA_FILE } = await import("../../build/model-schema");
    const schema = JSON.parse(readFileSync(MODEL_SCHEMA_FILE, "utf8")) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ["$schema", ...Object.keys(levelModel())].sort(),
    );
    expect(schema.required).toContain("questions");
  });
});
