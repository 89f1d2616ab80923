import "server-only";
import type { AgreementKind } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { humanize } from "@/lib/humanize";
import { unpublishedAgreementKinds } from "@/server/applications/rules";

/** Refuses to go on when an agreement the tracks need has no published version yet. */
export function assertAllPublished(required: readonly AgreementKind[], published: readonly { kind: AgreementKind }[]): void {
  const missing = unpublishedAgreementKinds(required, published);
  if (missing.length === 0) return;
  throw new AppError("CONFLICT", {
    message: `${missing.map(humanize).join(", ")} ${missing.length === 1 ? "is" : "are"} not published yet, so an application on these tracks cannot be completed. Contact the Partner Help Desk.`,
  });
}
