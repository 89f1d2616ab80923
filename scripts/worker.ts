// `npm run worker`: the job worker (mail delivery) on its own, for deployments that run it apart from the web
// server. `npm start` runs it too. Started with the react-server condition, like the app's server code.
import { loadEnvironment } from "./lib/environment";
import { startWorker } from "../src/server/worker/start-worker";
import { createMailTransport } from "../src/server/mail/transport";
import { warmUpEmailRendering } from "../src/server/mail/render-email";

const say = (message: string) => console.log(`[worker] ${message}`);

async function main() {
  loadEnvironment();
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("The worker needs DATABASE_URL: the database the web server uses.");
  const transport = createMailTransport();
  // Jobs such as the daily digest render mail; the renderer's thread starts now, not inside their first transaction.
  await warmUpEmailRendering();
  const worker = await startWorker({ connectionString, transport });
  say(transport ? "Delivering mail through SMTP_URL" : "No SMTP_URL: mail is captured and readable at /admin/emails");
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
