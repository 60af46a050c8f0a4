/**
 * The model fields added for issue 11: "don't know" on a scale, and perspectives (who answers
 * which question, in whose words). Every new field is optional: a model without them parses as
 * before, and every rule is reported at its path in the same pass as the others.
 */
import { describe, expect, it } from "vitest";
import {
  answerOptions,
  isAsked,
  perspectiveOf,
  type Respondent,
} from "../../src/core/assessment/assessment";
import { type Model, parseModel, type Question } from "../../src/core/model/schema";
import type { Lang } from "../../src/core/texts/i18n";
import { levelModel } from "../support/fixtures";
import { perspectiveModel, perspectiveSettings } from "../support/perspectives";

function errorsOf(input: unknown, lang: Lang = "en") {
  const result = parseModel(input, lang);
  return result.ok ? [] : result.errors;
}

function changed(change: (model: Model) => void, base = perspectiveModel): Model {
  const model = base();
  change(model);
  return model;
}

const question = (model: Model, id: string): Question => {
  const found = model.questions.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found;
};
const indexOf = (model: Model, id: string) => model.questions.findIndex((q) => q.id === id);

describe("optional fields: absent means the old behaviour", () => {
  it("parses a model without any of them to exactly itself (no field added)", () => {
    const result = parseModel(levelModel());
    expect(result).toEqual({ ok: true, model: levelModel() });
    if (!result.ok) return;
    expect("perspectives" in result.model).toBe(false);
    expect("allowDontKnow" in (result.model.scales[0] ?? {})).toBe(false);
    expect(result.model.questions.some((q) => "perspectives" in q || "wording" in q)).toBe(false);
  });

  it("parses a model with perspectives, wordings and don't know to exactly itself", () => {
    expect(parseModel(perspectiveModel())).toEqual({ ok: true, model: perspectiveModel() });
  });

  it("rejects a don't-know flag that is not a boolean, at its path", () => {
    const model = changed((m) => {
      (m.scales[0] as unknown as { allowDontKnow: string }).allowDontKnow = "yes";
    });
    expect(errorsOf(model)).toEqual([
      { path: "scales.0.allowDontKnow", message: "must be true or false" },
    ]);
  });
});

describe("don't know", () => {
  it("is offered after the options and before N/A, in the questionnaire's language", () => {
    const scale = perspectiveModel().scales[0];
    if (scale === undefined) throw new Error("no scale");
    expect(answerOptions(scale, "it").slice(-3)).toEqual([
      { label: "level 5 (it)", value: 5 },
      { label: "Non so", value: "dk" },
      { label: "N/A", value: "na" },
    ]);
    expect(answerOptions(scale, "en").slice(-2)).toEqual([
      { label: "Don't know", value: "dk" },
      { label: "N/A", value: "na" },
    ]);
    expect(answerOptions({ ...scale, allowDontKnow: false }, "en").at(-2)?.value).toBe(5);
    expect(answerOptions({ ...scale, allowNA: false }, "en").at(-1)?.value).toBe("dk");
  });

  it.each([
    ["it", "Non so"],
    ["it", "don't know"],
    ["en", " NON SO "],
    ["en", "Don't Know"],
  ] as const)(
    "rejects an option labelled like the don't-know answer (%s label '%s')",
    (language, label) => {
      const model = changed((m) => {
        const option = m.scales[0]?.options[1];
        if (option !== undefined) option.label[language] = label;
      });
      expect(errorsOf(model)).toEqual([
        {
          path: `scales.0.options.1.label.${language}`,
          message: `'${label.trim()}' reads as the answer “Don't know” (“Non so”) that this scale offers: respondents could not tell them apart; choose another label`,
        },
      ]);
    },
  );

  it("says so in Italian for an Italian author", () => {
    const model = changed((m) => {
      const option = m.scales[0]?.options[0];
      if (option !== undefined) option.label.en = "Non so";
    });
    expect(errorsOf(model, "it")).toEqual([
      {
        path: "scales.0.options.0.label.en",
        message:
          "'Non so' si legge come la risposta «Non so» («Don't know») che questa scala offre: chi risponde non potrebbe distinguerle; scegliete un'altra etichetta",
      },
    ]);
  });

  it("rejects an option labelled N/A on a scale that offers N/A", () => {
    const model = changed((m) => {
      const option = m.scales[0]?.options[4];
      if (option !== undefined) option.label.it = "n/a";
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "scales.0.options.4.label.it",
        message:
          "'n/a' reads as the answer N/A (not applicable) that this scale offers: respondents could not tell them apart; choose another label",
      },
    ]);
  });

  it("lets a scale that offers neither answer use those words as options", () => {
    const model = changed((m) => {
      const scale = m.scales[0];
      if (scale === undefined) return;
      scale.allowNA = false;
      scale.allowDontKnow = false;
      const [first, second] = scale.options;
      if (first !== undefined) first.label = { it: "Non so", en: "Don't know" };
      if (second !== undefined) second.label = { it: "N/A", en: "N/A" };
    });
    expect(errorsOf(model)).toEqual([]);
  });

  it("names an option that repeats a reserved label in its other language once per label", () => {
    const model = changed((m) => {
      const option = m.scales[0]?.options[2];
      if (option !== undefined) option.label = { it: "Don't know", en: "Don't know" };
    });
    expect(errorsOf(model).map((error) => error.path)).toEqual([
      "scales.0.options.2.label.it",
      "scales.0.options.2.label.en",
    ]);
  });
});

describe("perspectives: shape", () => {
  it("needs at least two perspectives when it has any", () => {
    const one = changed((m) => {
      m.perspectives = m.perspectives?.slice(0, 1);
      for (const q of m.questions) {
        delete q.perspectives;
        delete q.wording;
      }
    });
    expect(errorsOf(one)).toEqual([{ path: "perspectives", message: "needs at least 2" }]);
  });

  it("says clearly which language a perspective's wording is missing", () => {
    const model = changed((m) => {
      (question(m, "r1").wording as Record<string, unknown>).customer = { it: "Mi sento capito" };
    });
    const path = `questions.${indexOf(model, "r1")}.wording.customer.en`;
    expect(errorsOf(model)).toEqual([{ path, message: "is required" }]);
    expect(errorsOf(model, "it")).toEqual([{ path, message: "è obbligatorio" }]);
  });

  it("rejects an empty wording text and an empty list of perspectives", () => {
    const model = changed((m) => {
      const r1 = question(m, "r1");
      if (r1.wording?.customer) r1.wording.customer.it = "  ";
      question(m, "p2").perspectives = [];
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.1.perspectives", message: "needs at least 1" },
      { path: "questions.3.wording.customer.it", message: "must not be empty" },
      // p2 asks nobody now, but p3 still asks internal respondents: no other error.
    ]);
  });

  it("rejects a perspective without a name and a perspective id that is not an id", () => {
    const model = changed((m) => {
      const [internal] = m.perspectives ?? [];
      if (internal !== undefined) {
        internal.id = "Internal";
        delete (internal as { name?: unknown }).name;
      }
    });
    const errors = errorsOf(model);
    expect(errors).toContainEqual({ path: "perspectives.0.id", message: expect.any(String) });
    expect(errors).toContainEqual({ path: "perspectives.0.name", message: "is required" });
  });
});

describe("perspectives: the rules across fields, each at its path", () => {
  it("rejects duplicate perspective ids", () => {
    const model = changed((m) => {
      m.perspectives?.push({ id: "customer", name: { it: "Clienti 2", en: "Customers 2" } });
    });
    expect(errorsOf(model)).toEqual([
      { path: "perspectives.2.id", message: "duplicate id 'customer'" },
    ]);
  });

  it("rejects a question naming an unknown perspective, at that name", () => {
    const model = changed((m) => {
      question(m, "r2").perspectives = ["customer", "partner"];
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.4.perspectives.1", message: "unknown perspective 'partner'" },
    ]);
    expect(errorsOf(model, "it")).toEqual([
      { path: "questions.4.perspectives.1", message: "prospettiva 'partner' inesistente" },
    ]);
  });

  it("rejects a perspective named twice by one question", () => {
    const model = changed((m) => {
      question(m, "r2").perspectives = ["customer", "customer"];
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.4.perspectives.1", message: "duplicate id 'customer'" },
    ]);
  });

  it("rejects perspectives and wordings on questions of a model that declares none", () => {
    const model = changed((m) => {
      delete m.perspectives;
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "questions.0.wording.customer",
        message:
          "the model declares no perspectives: list them under perspectives first, or leave this out",
      },
      { path: "questions.1.perspectives", message: expect.stringMatching(/^the model declares/) },
      { path: "questions.2.perspectives", message: expect.stringMatching(/^the model declares/) },
      { path: "questions.3.perspectives", message: expect.stringMatching(/^the model declares/) },
      { path: "questions.3.wording.customer", message: expect.stringMatching(/^the model/) },
      { path: "questions.4.perspectives", message: expect.stringMatching(/^the model declares/) },
    ]);
  });

  it("rejects a wording for an unknown perspective", () => {
    const model = changed((m) => {
      question(m, "p1").wording = { partner: { it: "Come partner", en: "As a partner" } };
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.0.wording.partner", message: "unknown perspective 'partner'" },
    ]);
  });

  it("rejects a wording for a perspective the question is not asked of", () => {
    const model = changed((m) => {
      question(m, "r2").wording = { internal: { it: "Interno", en: "Internal words" } };
    });
    expect(errorsOf(model)).toEqual([
      {
        path: "questions.4.wording.internal",
        message:
          "this question is not asked of perspective 'internal': add 'internal' to its perspectives, or remove this wording",
      },
    ]);
  });

  it("accepts a wording for a perspective asked through a question without a list", () => {
    // p1 names no perspectives, so every one is asked it, customers in their own words.
    expect(question(perspectiveModel(), "p1").perspectives).toBeUndefined();
    expect(errorsOf(perspectiveModel())).toEqual([]);
  });

  it("treats a wording key named like an object's own property as an unknown perspective", () => {
    const json = JSON.stringify(perspectiveModel()).replace(
      '"wording":{"customer":{"en":"I feel understood"',
      '"wording":{"__proto__":{"it":"x","en":"x"},"customer":{"en":"I feel understood"',
    );
    expect(json).toContain("__proto__");
    expect(errorsOf(JSON.parse(json))).toEqual([
      { path: "questions.0.wording.__proto__", message: "unknown perspective '__proto__'" },
    ]);
    const ownName = changed((m) => {
      question(m, "p1").wording = { constructor: { it: "x", en: "x" } };
    });
    expect(errorsOf(ownName)).toEqual([
      { path: "questions.0.wording.constructor", message: "unknown perspective 'constructor'" },
    ]);
  });

  it("rejects a perspective no question is asked of; one question is enough", () => {
    const none = changed((m) => {
      question(m, "p1").perspectives = ["internal"];
      delete question(m, "p1").wording;
      question(m, "r1").perspectives = ["internal"];
      delete question(m, "r1").wording;
      question(m, "r2").perspectives = ["internal"];
    });
    expect(errorsOf(none)).toEqual([
      { path: "perspectives.1", message: "no question is asked of perspective 'customer'" },
    ]);
    const one = changed((m) => {
      question(m, "p1").perspectives = ["internal"];
      delete question(m, "p1").wording;
      question(m, "r1").perspectives = ["internal"];
      delete question(m, "r1").wording;
    });
    expect(errorsOf(one)).toEqual([]);
  });

  it("lists shape errors and every perspective rule together, in one pass", () => {
    const model = changed((m) => {
      (question(m, "p2") as unknown as { weight: string }).weight = "heavy";
      question(m, "r2").perspectives = ["partner"];
      question(m, "p3").wording = { customer: { it: "x", en: "x" } };
      (question(m, "r1").wording as Record<string, unknown>).customer = { it: "solo" };
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.1.weight", message: "must be a number" },
      { path: "questions.3.wording.customer.en", message: "is required" },
      { path: "questions.2.wording.customer", message: expect.stringMatching(/not asked/) },
      { path: "questions.4.perspectives.0", message: "unknown perspective 'partner'" },
    ]);
  });

  it("says nothing more about a question whose perspectives are not a list", () => {
    const model = changed((m) => {
      (question(m, "r2") as unknown as { perspectives: string }).perspectives = "customer";
    });
    expect(errorsOf(model)).toEqual([
      { path: "questions.4.perspectives", message: "must be a list" },
    ]);
  });
});

describe("who is asked what", () => {
  const model = perspectiveModel();
  const settings = perspectiveSettings();
  const [anna, bruno, carla] = settings.respondents as [Respondent, Respondent, Respondent];

  it("gives a respondent their group's perspective, or none", () => {
    expect(perspectiveOf(settings, anna)).toBe("internal");
    expect(perspectiveOf(settings, bruno)).toBe("customer");
    expect(perspectiveOf(settings, carla)).toBeNull();
    const { perspectives: _none, ...older } = settings;
    expect(perspectiveOf(older, anna)).toBeNull();
  });

  it("reads only the mapping's own groups: a group called 'constructor' has no perspective", () => {
    const odd = { ...anna, group: "constructor" };
    expect(perspectiveOf(settings, odd)).toBeNull();
    const mapped = { ...settings, perspectives: { constructor: "customer" } };
    expect(perspectiveOf(mapped, odd)).toBe("customer");
  });

  it("asks a question of the perspectives it names; without a list, or a perspective, of all", () => {
    const asked = (perspective: string | null) =>
      model.questions.filter((q) => isAsked(q, perspective)).map((q) => q.id);
    expect(asked("internal")).toEqual(["p1", "p2", "p3", "r1"]);
    expect(asked("customer")).toEqual(["p1", "r1", "r2"]);
    expect(asked(null)).toEqual(["p1", "p2", "p3", "r1", "r2"]);
    // A model without perspectives names none on its questions: everyone is asked everything.
    expect(levelModel().questions.every((q) => isAsked(q, "customer"))).toBe(true);
  });
});
