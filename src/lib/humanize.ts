// Shared by server code (email and notification text) and the browser (labels), so it lives outside both.
// Program acronyms stay upper-case: "AMER", "MSP", not "Amer", "Msp".
const ACRONYMS = new Set(["AMER", "EMEA", "APAC", "MSP", "NFR", "PSP", "CTP", "PSE", "SOW", "MSA", "DPA", "MPA", "PHD", "CAM", "PS", "PO", "CRM", "IP"]);
// Names with their own capitals.
const PROPER_NAMES: Record<string, string> = { TEAMOPS: "TeamOps" };

/**
 * A code as people write it: enum values (PUBLIC_SECTOR → "Public sector", AMER → "AMER"), audit actions
 * (user.signed_in → "User signed in") and model names (NfrRequest → "NFR request").
 */
export function humanize(value: string): string {
  const words = value.split(/[._\s]+|(?<=[a-z])(?=[A-Z])/).map((word, index) => {
    const upper = word.toUpperCase();
    if (ACRONYMS.has(upper)) return upper;
    if (PROPER_NAMES[upper]) return PROPER_NAMES[upper];
    const lower = word.toLowerCase();
    return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return words.join(" ");
}
