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
  /** Characters of an email address (RFC 5321's limit on a path). */
  email: 254,
  /** Fellow consultants named on one file. */
  consultants: 50,
  /** The largest minimum group size a consultant may set. */
  minGroupSize: 20,
  /** Characters of pasted model JSON. */
  modelJson: 2_000_000,
} as const;

/**
 * What an email address must look like to be accepted (something@domain.tld, no spaces): a
 * plausibility test shared by the sidebar's form and the server; whether the account exists is
 * Google's to say when it is added to a protection.
 */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Groups smaller than this are not shown by themselves unless the consultant sets otherwise. */
export const DEFAULT_MIN_GROUP_SIZE = 3;
