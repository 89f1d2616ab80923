import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A hash of a random password at the same cost, made once: an address with no account (or no password yet) is
// checked against it, so the answer takes as long as a wrong password and timing does not tell accounts apart.
let dummyHash: Promise<string> | undefined;

/** The password against the account's hash, or against a dummy hash (always false) when there is none. */
export async function verifyPasswordOrDummy(password: string, hash: string | null): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  const matches = await verifyPassword(password, hash ?? (await dummyHash));
  return hash !== null && matches;
}
