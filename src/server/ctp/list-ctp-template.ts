import "server-only";
import { prisma } from "@/server/db";

/** The checklist template, every item including deactivated ones, in section and position order. */
export async function listCtpTemplate() {
  return prisma.ctpTemplateItem.findMany({
    orderBy: [{ section: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, section: true, position: true, title: true, perCandidate: true, active: true },
  });
}
