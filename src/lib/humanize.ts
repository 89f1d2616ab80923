// Shared by server code (email and notification text) and the browser (labels), so it lives outside both.
// Program acronyms stay upper-case: "AMER", "MSP", not "Amer", "Msp".
const ACRONYMS = new Set(["AMER", "EMEA", "APAC", "MSP", "NFR", "PSP", "CTP", "PSE", "SOW", "MSA", "DPA", "MPA", "PHD", "CAM", "PS"]);

/** An enum value as people write it: PUBLIC_SECTOR → "Public sector", AMER → "AMER". */
export function humanize(value: string): string {
  const words = value.split("_").map((word, index) => {
    if (ACRONYMS.has(word)) return word;
    const lower = word.toLowerCase();
    return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return words.join(" ");
}
