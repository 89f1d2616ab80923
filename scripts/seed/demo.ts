// Demo data for a fresh database: every role has an account and every screen has something to show.
// Names, companies and addresses are invented by faker; the sequence is seeded so each run is identical
// for the same `now`. Each domain's rows are made in its own module under ./demo/; this file runs them in order
// (the order is part of the data: every module draws from the one faker sequence).
import { faker } from "@faker-js/faker";
import { hashPassword } from "@/server/auth/password";
import type { Db } from "@/server/create-prisma-client";
import type { SeedContext } from "./demo/shared";
import { countUsers } from "./demo/users";
import { seedUsersAndPartners } from "./demo/partners";
import { seedApplicantReviews } from "./demo/applications";
import { seedAgreements } from "./demo/agreements";
import { seedCertifications } from "./demo/certifications";
import { seedAwardCases } from "./demo/awards";
import { seedCtpTracking } from "./demo/ctp";
import { seedNfr } from "./demo/nfr";
import { seedSubcontracting } from "./demo/subcontracting";
import { seedTeamOps } from "./demo/teamops";
import { seedProgramSettings } from "./demo/settings";
import { seedAuditEvents } from "./demo/audit-events";
import { seedNotifications } from "./demo/notifications";

const FAKER_SEED = 20261123;
// Written in the same transaction as everything else, so its presence means the whole demo set is there.
const SENTINEL_EMAIL = "admin@demo.test";

export interface SeedDemoOptions {
  password: string;
  log?: (message: string) => void;
  now?: Date;
}

export async function seedDemoData(prisma: Db, options: SeedDemoOptions): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const existing = await prisma.user.findUnique({ where: { email: SENTINEL_EMAIL }, select: { id: true } });
  if (existing) {
    log(`Demo data already present (${SENTINEL_EMAIL} exists); nothing added.`);
    return { created: false };
  }

  const startedAt = performance.now();
  const now = options.now ?? new Date();
  // bcrypt is deliberately slow: one hash shared by every demo account keeps the seed fast.
  const passwordHash = await hashPassword(options.password);
  faker.seed(FAKER_SEED);

  const summary = await prisma.$transaction(
    async (tx) => {
      const ctx: SeedContext = { tx, now, passwordHash };
      const { staff, partners } = await seedUsersAndPartners(ctx);
      await seedApplicantReviews(ctx, staff, partners);
      await seedAgreements(ctx, staff, partners);
      await seedCertifications(ctx, staff, partners);
      await seedAwardCases(ctx, staff, partners);
      await seedCtpTracking(ctx, staff, partners);
      const nfr = await seedNfr(ctx, staff, partners);
      await seedSubcontracting(ctx, staff, partners);
      await seedTeamOps(ctx, partners);
      await seedProgramSettings(ctx);
      await seedAuditEvents(ctx, staff, partners);
      await seedNotifications(ctx, staff, partners);
      return { partners: partners.length, users: countUsers(partners), licenses: nfr.licenses };
    },
    { timeout: 120_000 },
  );

  const ms = Math.round(performance.now() - startedAt);
  log(`Demo data seeded in ${ms} ms: ${summary.partners} partners, ${summary.users} users, ${summary.licenses} NFR licenses.`);
  return { created: true };
}
