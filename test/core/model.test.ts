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

  it("rejects a label that is another option's label in the other language", () => {
    // On an Italian questionnaire "Low" (option 5's Italian label) would be read as option 1.
    const model = broken((m) => {
      const options = (m.scales[0] as Model["scales"][number]).options;
      (options[0] as { label: { it: string; en: string } }).label = { it: "Alto", en: "Low" };
      (options[4] as { label: { it: string; en: string } }).label = { it: " low ", en: "High" };
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "scales.0.options.4.label.it",
        message:
          "'low' is also the label of the option with value 1 in the other language: an answer typed as 'low' could count as either option; choose another label",
      },
    ]);
    expect(errorsOf(model, "it")).toEqual([
      {
        path: "scales.0.options.4.label.it",
        message:
          "'low' è anche l'etichetta dell'opzione con valore 1 nell'altra lingua: una risposta scritta 'low' potrebbe valere per l'una o per l'altra; scegliete un'altra etichetta",
      },
    ]);
  });

  it("reports each colliding label once, and lets an option read the same in both languages", () => {
    const model = broken((m) => {
      const options = (m.scales[0] as Model["scales"][number]).options;
      // The same word in both languages of one option is no ambiguity.
      (options[0] as { label: { it: string; en: string } }).label = { it: "OK", en: "ok" };
      // Option 1's labels swapped onto option 2: each of option 2's labels is option 1's label in
      // the other language, so both are named, each once.
      (options[2] as { label: { it: string; en: string } }).label = {
        it: "level 2",
        en: "level 2 (it)",
      };
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "scales.0.options.2.label.it",
        message:
          "'level 2' is also the label of the option with value 2 in the other language: an answer typed as 'level 2' could count as either option; choose another label",
      },
      {
        path: "scales.0.options.2.label.en",
        message:
          "'level 2 (it)' is also the label of the option with value 2 in the other language: an answer typed as 'level 2 (it)' could count as either option; choose another label",
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

describe("every error in one pass", () => {
  it("lists a shape error, a band gap and an unknown area reference together", () => {
    const model = broken((m) => {
      (m.questions[0] as unknown as { weight: string }).weight = "heavy";
      (m.bands.areas[1] as { min: number }).min = 2.6;
      m.recommendations.push({ area: "sales", band: "weak", text: { it: "x", en: "x" } });
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.0.weight", message: "must be a number" },
      {
        path: "bands.areas.1.min",
        message: "gap between bands: weak ends at 2.5 but fair starts at 2.6",
      },
      { path: "recommendations.4.area", message: "unknown area 'sales'" },
    ]);
  });

  it("checks the options, ranges and recommendations that are well-formed beside broken ones", () => {
    const model = broken((m) => {
      (m.name as unknown as { en: number }).en = 3;
      const options = (m.scales[0] as Model["scales"][number]).options;
      (options[1] as { value: number }).value = 1;
      (m.areas[1] as { range: { min: number; max: number } }).range = { min: 5, max: 1 };
      m.recommendations.push({ area: "people", band: "legendary", text: { it: "x", en: "x" } });
    });
    expect(errorsOf(model)).toEqual([
      { path: "name.en", message: "must be a text" },
      { path: "scales.0.options.1.value", message: "duplicate option value 1" },
      { path: "areas.1.range", message: "range minimum must be below its maximum" },
      {
        path: "areas.1.range",
        message: "with a weighted-mean overall every area needs the same range as the first area",
      },
      { path: "recommendations.4.band", message: "unknown band 'legendary' for area 'people'" },
    ]);
  });

  it("says nothing more about a band, range or list that is itself malformed", () => {
    // A band whose minimum is not a number has no gap to report: its one error is the number.
    const band = broken((m) => {
      (m.bands.areas[1] as unknown as { min: string }).min = "2,5";
    });
    expect(errorsOf(band)).toEqual([{ path: "bands.areas.1.min", message: "must be a number" }]);
    // Without every area's range the score's range is unknown: whether the bands cover it waits,
    // but how the bands meet one another does not depend on it.
    const range = broken((m) => {
      (m.areas[1] as unknown as { range: { min: string; max: number } }).range = {
        min: "one",
        max: 5,
      };
      (m.bands.overall[0] as { min: number }).min = 0;
      (m.bands.areas[2] as { max: number }).max = 6;
      (m.bands.overall[1] as { min: number }).min = 2;
    });
    expect(errorsOf(range)).toEqual([
      { path: "areas.1.range.min", message: "must be a number" },
      {
        path: "bands.overall.1.min",
        message: "bands overlap: low ends at 3 but high starts at 2",
      },
    ]);
    // Bands that are not a list: one error, and recommendations for them are not second-guessed.
    const list = broken((m) => {
      (m.bands as unknown as { areas: string }).areas = "weak, fair, strong";
    });
    expect(errorsOf(list)).toEqual([{ path: "bands.areas", message: "must be a list" }]);
  });

  it("names a gap in shared bands once, however many different areas use them", () => {
    const model = pointModel();
    (model.areas[1] as { range: { min: number; max: number } }).range = { min: 0, max: 20 };
    (model.bands.areas[1] as { min: number }).min = 6;
    expect(errorsOf(model)).toEqual([
      { path: "bands.overall.1.max", message: "the last band must end at the score maximum 30" },
      { path: "bands.areas.1.max", message: "the last band must end at the score maximum 20" },
      { path: "bands.areas.1.min", message: "gap between bands: off ends at 5 but on starts at 6" },
    ]);
  });

  it("still checks a band's coverage when only its colour or label is wrong", () => {
    const model = broken((m) => {
      (m.bands.areas[1] as { color: string }).color = "green";
      (m.bands.areas[2] as { min: number }).min = 4.5;
    });
    expect(errorsOf(model)).toEqual([
      { path: "bands.areas.1.color", message: "must be a colour like #1a73e8" },
      {
        path: "bands.areas.2.min",
        message: "gap between bands: fair ends at 4 but strong starts at 4.5",
      },
    ]);
  });
});

describe("ids that are also names of every object's properties", () => {
  it("parses a model whose area is called 'constructor'", () => {
    const model = broken((m) => {
      (m.areas[1] as { id: string }).id = "constructor";
      for (const q of m.questions) if (q.area === "process") q.area = "constructor";
      for (const r of m.recommendations) if (r.area === "process") r.area = "constructor";
      (m.areas[0] as { bands?: Model["bands"]["areas"] }).bands = structuredClone(m.bands.areas);
    });
    expect(parseModel(model)).toEqual({ ok: true, model });
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "treats '%s' as an unknown area or band, not as something every object has",
    (id) => {
      const model = broken((m) => {
        m.recommendations.push({ area: id, band: "weak", text: { it: "x", en: "x" } });
        m.recommendations.push({ area: "people", band: id, text: { it: "x", en: "x" } });
      });
      // "__proto__" fails the id pattern too; the references are what this test is about.
      expect(errorsOf(model)).toEqual(
        expect.arrayContaining([
          { path: "recommendations.4.area", message: `unknown area '${id}'` },
          { path: "recommendations.5.band", message: `unknown band '${id}' for area 'people'` },
        ]),
      );
    },
  );

  it("reads a JSON model with an own '__proto__' key as a model with an unknown field", () => {
    const model = JSON.parse(
      JSON.stringify(levelModel()).replace('"id":"level-test"', '"__proto__":{},"id":"level-test"'),
    ) as unknown;
    expect(errorsOf(model)).toEqual([{ path: "", message: "unknown field(s): __proto__" }]);
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
    // Every field of a model is described; "perspectives" is the one levelModel leaves out.
    expect(Object.keys(schema.properties).sort()).toEqual(
      ["$schema", ...Object.keys(levelModel()), "perspectives"].sort(),
    );
    expect(schema.required).not.toContain("perspectives");
    expect(schema.required).toContain("questions");
  });
});
