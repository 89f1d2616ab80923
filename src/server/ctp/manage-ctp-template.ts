import "server-only";
import { prisma } from "@/server/db";
import type { Tx } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { ctpSectionLabel } from "@/server/ctp/rules";
import type { TAddCtpTemplateItem, TMoveCtpTemplateItem, TRenameCtpTemplateItem, TSetCtpTemplateItemActive } from "@/server/ctp/schemas";

// The admin's checklist template. Trackings copy it when they start, so every change here applies to trackings started
// afterwards and none reaches a running one. Edits of the template are serialized by one advisory lock: positions are
// read and rewritten, and two admins reordering at once must not leave two items on one position.
async function lockTemplate(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('CtpTemplateItem'))`;
}

async function findItem(tx: Tx, itemId: string) {
  const item = await tx.ctpTemplateItem.findUnique({
    where: { id: itemId },
    select: { id: true, section: true, position: true, title: true, active: true, perCandidate: true },
  });
  if (!item) throw new AppError("NOT_FOUND", { field: "itemId" });
  return item;
}

export async function addCtpTemplateItem(user: SessionUser, input: TAddCtpTemplateItem, context: { ip: string }) {
  const perCandidate = input.perCandidate === "yes";
  if (perCandidate && input.section !== "TRAINER_CANDIDATES") {
    throw new AppError("VALIDATION", { field: "perCandidate", message: "Only the certified trainer candidates section has per-candidate tasks." });
  }
  return prisma.$transaction(async (tx) => {
    await lockTemplate(tx);
    const last = await tx.ctpTemplateItem.aggregate({ where: { section: input.section }, _max: { position: true } });
    const item = await tx.ctpTemplateItem.create({
      data: { section: input.section, title: input.title, perCandidate, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_template.item_added",
      entityType: "CtpTemplateItem",
      entityId: item.id,
      summary: `${ctpSectionLabel(input.section)}: "${input.title}" added${perCandidate ? " as a task of each trainer candidate" : ""}`,
      ip: context.ip,
    });
    return { itemId: item.id };
  });
}

export async function renameCtpTemplateItem(user: SessionUser, input: TRenameCtpTemplateItem, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockTemplate(tx);
    const item = await findItem(tx, input.itemId);
    if (item.title === input.title) return { itemId: item.id };
    await tx.ctpTemplateItem.update({ where: { id: item.id }, data: { title: input.title } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_template.item_renamed",
      entityType: "CtpTemplateItem",
      entityId: item.id,
      summary: `${ctpSectionLabel(item.section)}: "${item.title}" renamed "${input.title}"`,
      changes: { title: { from: item.title, to: input.title } },
      ip: context.ip,
    });
    return { itemId: item.id };
  });
}

/** Swaps the item with its neighbour in the section; at either end it stays where it is. */
export async function moveCtpTemplateItem(user: SessionUser, input: TMoveCtpTemplateItem, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockTemplate(tx);
    const item = await findItem(tx, input.itemId);
    const neighbour = await tx.ctpTemplateItem.findFirst({
      where: { section: item.section, position: input.direction === "up" ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) {
      throw new AppError("CONFLICT", { field: "itemId", message: `"${item.title}" is already ${input.direction === "up" ? "first" : "last"} in its section.` });
    }
    await tx.ctpTemplateItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
    await tx.ctpTemplateItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_template.item_moved",
      entityType: "CtpTemplateItem",
      entityId: item.id,
      summary: `${ctpSectionLabel(item.section)}: "${item.title}" moved ${input.direction}`,
      changes: { position: { from: item.position, to: neighbour.position } },
      ip: context.ip,
    });
    return { itemId: item.id };
  });
}

/** Deactivated items stay listed (and can be reactivated) but are not copied into new trackings. */
export async function setCtpTemplateItemActive(user: SessionUser, input: TSetCtpTemplateItemActive, context: { ip: string }) {
  const active = input.active === "yes";
  return prisma.$transaction(async (tx) => {
    await lockTemplate(tx);
    const item = await findItem(tx, input.itemId);
    if (item.active === active) return { itemId: item.id, active };
    await tx.ctpTemplateItem.update({ where: { id: item.id }, data: { active } });
    await recordAuditEvent(tx, {
      actor: user,
      action: active ? "ctp_template.item_reactivated" : "ctp_template.item_deactivated",
      entityType: "CtpTemplateItem",
      entityId: item.id,
      summary: `${ctpSectionLabel(item.section)}: "${item.title}" ${active ? "reactivated" : "deactivated"}`,
      changes: { active: { from: item.active, to: active } },
      ip: context.ip,
    });
    return { itemId: item.id, active };
  });
}
