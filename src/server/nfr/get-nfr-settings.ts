import "server-only";
import { prisma } from "@/server/db";
import { readProgramSetting } from "@/server/settings/program-settings";

/** The NFR program's settings page: how the cap counts. One statement. */
export async function getNfrSettings() {
  return { capMode: await readProgramSetting(prisma, "nfrCapMode") };
}
