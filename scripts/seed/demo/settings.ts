// Program settings.
import type { SeedContext } from "./shared";

export async function seedProgramSettings(ctx: SeedContext): Promise<void> {
  await ctx.tx.programSetting.createMany({
    data: [
      { key: "pspThreshold", value: 3 },
      { key: "nfrCapMode", value: "LICENSES" },
    ],
  });
}
