// Zod fields that many forms share, each with the length its column and its use allow: a value past it is refused
// with a message beside the field, never sent to the database.
import "server-only";
import { z } from "zod";

// Our ids are cuids (25 characters); a generous bound still refuses a pasted page of text.
const MAX_ID_LENGTH = 64;
// One-time tokens are 32 random bytes in base64url (43 characters).
const MAX_TOKEN_LENGTH = 128;

/** The id of a record the form names (a hidden field or a choice). */
export function recordId(whenEmpty = "Choose a record.") {
  return z.string().trim().min(1, whenEmpty).max(MAX_ID_LENGTH, "That is not a record of the portal.");
}

/** The token of an emailed link; a wrong one gets the link's own message. */
export function linkToken(invalid: string) {
  return z.string().trim().min(1, invalid).max(MAX_TOKEN_LENGTH, invalid);
}
