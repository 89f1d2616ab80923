// How subcontracting's codes read in a sentence, shared by the server's messages and the pages.
import { humanize } from "@/lib/humanize";
import type { SubcontractRelationship } from "@/generated/prisma/enums";

export const SUBCONTRACT_RELATIONSHIP_LABELS: Record<SubcontractRelationship, string> = {
  INDIRECT_STAFF_AUGMENTATION: "Indirect staff augmentation",
  INDIRECT_PROJECT_BASED: "Indirect project-based",
  DIRECT: "Direct",
};

/** A status inside a sentence: "sent to partner", but "PO approved" keeps its acronym. */
export function statusInSentence(status: string): string {
  const label = humanize(status);
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
