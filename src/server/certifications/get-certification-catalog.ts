import "server-only";
import { prisma } from "@/server/db";
import { readProgramSetting } from "@/server/settings/program-settings";

const certificationSelect = {
  id: true,
  code: true,
  name: true,
  passingScore: true,
  validityMonths: true,
  countsTowardPsp: true,
  meetsNfrCheck: true,
  active: true,
} as const;

/** The certified PSEs a partner needs for PSP, as the catalog page's threshold form shows it. */
export async function getPspThreshold() {
  return readProgramSetting(prisma, "pspThreshold");
}

export async function getCertification(certificationId: string) {
  return prisma.certification.findUnique({ where: { id: certificationId }, select: certificationSelect });
}

export type CatalogCertification = NonNullable<Awaited<ReturnType<typeof getCertification>>>;
