import "server-only";
import type { Tx } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";

/** The request in scope, with its SOW locked; refused unless it is still a draft. */
export async function lockOpenPoRequest(tx: Tx, user: SessionUser, requestId: string) {
  const found = await tx.sowPoRequest.findFirst({
    where: { id: requestId, sow: { partner: partnerScope(user, "sows.manage") } },
    select: { sowId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", { field: "requestId" });
  await lockPrimeSow(tx, user, "sows.manage", found.sowId, "requestId");
  const request = await tx.sowPoRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, status: true, amountCents: true, sow: { select: { id: true, number: true, status: true, amountCents: true } } },
  });
  if (request.status !== "DRAFT") throw new AppError("CONFLICT", { message: `This PO request is already ${request.status.toLowerCase()}.` });
  return request;
}
