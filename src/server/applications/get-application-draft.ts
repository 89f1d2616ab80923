import "server-only";
import { prisma } from "@/server/db";
import { findMovedDraft, loadDraft } from "@/server/applications/application-draft";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { listCurrentAgreements } from "@/server/agreements/list-current-agreements";

/** The draft behind the browser's cookie with the agreements its tracks need, or null to start a new one. */
export async function getApplicationDraft(draftKey: string | null) {
  const draft = await loadDraft(prisma, draftKey);
  if (!draft) return null;
  const agreements = draft.data.program ? await listCurrentAgreements(prisma, requiredAgreementKinds(draft.data.program.tracks)) : [];
  // Not the password's hash: the page has no use for it.
  return { email: draft.email, step: draft.step, emailVerifiedAt: draft.emailVerifiedAt, data: draft.data, agreements };
}

export type ApplicationDraftView = NonNullable<Awaited<ReturnType<typeof getApplicationDraft>>>;

/** For a browser whose key finds no draft: the address of the application that moved to another browser, if any. */
export async function getMovedApplicationDraft(draftKey: string | null): Promise<{ email: string } | null> {
  const moved = await findMovedDraft(prisma, draftKey);
  return moved ? { email: moved.email } : null;
}
