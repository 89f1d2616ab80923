import { PgBoss } from "pg-boss";
import { createQueues } from "../../src/server/jobs/queues";

/** Creates pg-boss's schema and the portal's queues, so the web server can queue jobs before any worker runs. */
export async function prepareJobQueues(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false });
  await boss.start();
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
