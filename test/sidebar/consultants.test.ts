import { describe, expect, it } from "vitest";
import { consultantErrors, parseConsultants, teamFieldError } from "../../sidebar/consultants";
import { REQUEST_LIMITS } from "../../src/core/contract/limits";

describe("the consultants text box", () => {
  it("reads addresses one per line or separated by commas, lower-cased, each once", () => {
    expect(
      parseConsultants(" Bea@Studio.it\n\ncarlo@studio.it, dario@studio.it;bea@studio.it "),
    ).toEqual(["bea@studio.it", "carlo@studio.it", "dario@studio.it"]);
    expect(parseConsultants("  \n ")).toEqual([]);
  });

  it("names the address at fault, all under the one field", () => {
    expect(consultantErrors(["bea@studio.it", "carlo"], "en", "team")).toEqual([
      {
        field: "team",
        message: "carlo: This does not look like an email address (name@domain.com).",
      },
    ]);
  });

  it("allows REQUEST_LIMITS.consultants addresses and no more", () => {
    const team = Array.from({ length: REQUEST_LIMITS.consultants }, (_, n) => `c${n}@studio.it`);
    expect(consultantErrors(team, "it")).toEqual([]);
    expect(consultantErrors([...team, "uno@studio.it"], "it")).toEqual([
      { field: "consultants", message: `Al massimo ${REQUEST_LIMITS.consultants} consulenti.` },
    ]);
  });

  it("puts the server's error on consultants.N beside the box, naming the Nth address sent", () => {
    const sent = ["bea@studio.it", "carlo@studio"];
    expect(teamFieldError({ field: "consultants.1", message: "Bad." }, sent, "team")).toEqual({
      field: "team",
      message: "carlo@studio: Bad.",
    });
    expect(teamFieldError({ field: "", message: "Only consultants." }, sent, "team")).toEqual({
      field: "team",
      message: "Only consultants.",
    });
  });
});
