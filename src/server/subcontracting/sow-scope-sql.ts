import "server-only";
import { isDeepStrictEqual } from "node:util";
import { Prisma } from "@/generated/prisma/client";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * partnerScope(user, "sows.read") as an SQL condition on the partner alias `p`, for the burn figures Prisma cannot
 * express (a difference of two columns, a projection): read from partnerScope itself so the two never disagree, and
 * any scope it does not recognise matches nothing.
 */
export function sowPartnerScopeSql(user: SessionUser): Prisma.Sql {
  const scope = partnerScope(user, "sows.read");
  if (isDeepStrictEqual(scope, {})) return Prisma.sql`TRUE`;
  if (isDeepStrictEqual(scope, { subcontractRelationship: { not: null } })) return Prisma.sql`p."subcontractRelationship" IS NOT NULL`;
  return Prisma.sql`FALSE`;
}
