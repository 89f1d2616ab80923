import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { csvDate } from "@/server/csv/stream-csv";
import type { ListParams } from "@/server/list-params";
import { keysetBatches } from "@/server/csv/keyset-batches";
import { partnerListWhere, partnerRowSelect, type PartnerFilters, type PartnerSort } from "@/server/partners/list-partners";

/** Rows per query: large enough that 100k partners take 100 round trips, small enough to keep memory flat. */
export const PARTNER_EXPORT_BATCH_SIZE = 1000;

export const PARTNER_EXPORT_HEADER = ["Partner", "Tier", "Region", "Status", "Tracks", "Submitted", "Last PHD review", "CAM owner", "ID"];

/**
 * Every partner the accounts list would show for this search and these filters, as CSV cells, read in keyset
 * batches by id: each query starts after the last id seen, so it stays fast at any depth and a partner
 * added or removed mid-export never shifts a batch. Id order, not the screen's sort, is what keeps the keyset
 * simple; a spreadsheet sorts the file itself.
 */
export async function* iteratePartnersForExport(
  user: SessionUser,
  params: Pick<ListParams<PartnerSort>, "q">,
  filters: PartnerFilters,
  batchSize = PARTNER_EXPORT_BATCH_SIZE,
): AsyncGenerator<string[]> {
  const where = partnerListWhere(user, params, filters);
  const partners = keysetBatches(
    (afterId: string | undefined, take) =>
      prisma.partner.findMany({ where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where, select: partnerRowSelect, orderBy: { id: "asc" }, take }),
    (partner) => partner.id,
    batchSize,
  );
  for await (const partner of partners) {
    yield [
      partner.legalName,
      partner.tier,
      partner.region,
      partner.status,
      partner.tracks.join(" "),
      csvDate(partner.submittedAt),
      csvDate(partner.lastPhdReviewAt),
      partner.camOwner?.name ?? "",
      partner.id,
    ];
  }
}
