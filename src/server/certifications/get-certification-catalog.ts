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

/** The whole catalog (a few dozen certifications at most) and the PSP threshold, for the admin's catalog page. */
export async function getCertificationCatalog() {
  const [certifications, pspThreshold] = await Promise.all([
    prisma.certification.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: certificationSelect }),
    readProgramSetting(prisma, "pspThreshold"),
  ]);
  return { certifications, pspThreshold };
}

export async function getCertification(certificationId: string) {
  return prisma.certification.findUnique({ where: { id: certificationId }, select: certificationSelect });
}

export type CatalogCertification = NonNullable<Awaited<ReturnType<typeof getCertification>>>;
