// npm run db:migrate | db:migration -- <name> | db:reset | db:seed
import path from "node:path";
import { startDatabase, StartupError, stopOnSignals } from "./lib/database";
import { loadEnvironment } from "./lib/environment";
import { applyMigrations, createMigration, resetDatabase } from "./lib/migrations";
import { seedDemoData } from "./seed/demo";
import { seedLargeData } from "./seed/large";
import { createPrismaClient } from "../src/server/create-prisma-client";

const say = (message: string) => console.log(`[db] ${message}`);

async function seed(url: string, password: string, args: string[]) {
  const scaleIndex = args.indexOf("--scale");
  const scale = scaleIndex >= 0 ? args[scaleIndex + 1] : "demo";
  if (scale !== "demo" && scale !== "large") {
    throw new StartupError(`Unknown seed scale "${scale}": use --scale demo (the default) or --scale large (benchmark volumes on top of the demo data).`);
  }
  const prisma = createPrismaClient(url, 2);
  try {
    const { created } = await seedDemoData(prisma, { password, log: say });
    say(created ? "Demo data loaded." : "Demo data already present: nothing added.");
  } finally {
    await prisma.$disconnect();
  }
  if (scale === "large") {
    const { created } = await seedLargeData(url, { log: say });
    if (created) say("Large data loaded.");
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const environment = loadEnvironment();
  const database = await startDatabase({ dataDir: path.join(environment.dataDir, "postgres"), log: say });
  stopOnSignals(() => database.stop(), 130);
  try {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(database.appUrl, say);
        say(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
        break;
      }
      case "create": {
        const name = args[0];
        if (!name || !/^[a-z0-9_]+$/.test(name)) throw new StartupError("Name the migration in snake_case: npm run db:migration -- add_partner_logo");
        const directory = await createMigration(database.appUrl, name, say);
        if (!directory) throw new StartupError("schema.prisma matches the migrations: there is nothing to write.");
        say(`Wrote ${path.relative(process.cwd(), directory)}`);
        break;
      }
      case "reset":
        await resetDatabase(database.appUrl, say);
        say("Database reset: every table dropped and the migrations applied again.");
        if (environment.seedDemoData) await seed(database.appUrl, environment.demoPassword, args);
        break;
      case "seed":
        await seed(database.appUrl, environment.demoPassword, args);
        break;
      default:
        throw new StartupError(`Unknown command "${command ?? ""}": use migrate, create <name>, reset or seed.`);
    }
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
