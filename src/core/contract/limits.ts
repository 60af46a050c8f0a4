/**
 * How long each request field may be, and how many respondents one request may list. Plain numbers
 * with no zod, so the sidebar's form limits and the server's validation come from one place
 * without pulling the schema library into the sidebar page.
 */
export const REQUEST_LIMITS = {
  clientName: 80,
  respondentName: 60,
  group: 40,
  respondents: 200,
  /** Characters of pasted model JSON. */
  modelJson: 2_000_000,
} as const;
