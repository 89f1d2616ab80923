// Program settings an admin can change (the ProgramSetting table), each read with its default when none is saved.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/server/db";
import { NFR_CAP_MODES } from "@/lib/nfr";

const SETTINGS = {
  // Certified PSEs a partner needs for the PSP company certification (DOMAIN.md, "Certifications").
  pspThreshold: { schema: z.number().int().min(1).max(100), fallback: 3 },
  // Whether the NFR cap counts a partner's active licenses or the users across them (DOMAIN.md, "NFR").
  nfrCapMode: { schema: z.enum(NFR_CAP_MODES), fallback: "LICENSES" },
} as const;

type SettingKey = keyof typeof SETTINGS;
type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;

/** The saved value, or the default when none is saved or the saved one no longer fits the setting's schema. */
export async function readProgramSetting<K extends SettingKey>(tx: Pick<Tx, "programSetting">, key: K): Promise<SettingValue<K>> {
  const row = await tx.programSetting.findUnique({ where: { key }, select: { value: true } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

export async function writeProgramSetting<K extends SettingKey>(tx: Tx, key: K, value: SettingValue<K>): Promise<void> {
  const checked = SETTINGS[key].schema.parse(value);
  await tx.programSetting.upsert({ where: { key }, create: { key, value: checked }, update: { value: checked } });
}
