import type { AgreementStanding } from "@/server/agreements/rules";

/** The status badge's value for each standing: "Pending acceptance" reads better than "Pending". */
export const STANDING_LABELS: Record<AgreementStanding, string> = {
  ACCEPTED: "ACCEPTED",
  IN_NEGOTIATION: "IN_NEGOTIATION",
  PENDING: "PENDING_ACCEPTANCE",
};
