import type { Queue } from "pg-boss";
import type { z } from "zod";

type QueueOptions = Omit<Queue, "name">;

/**
 * One job queue: its name in pg-boss, its retry policy, the zod schema of its payload (checked when a job is sent and
 * again when it is worked, so a handler only ever sees a payload of its own shape) and, for a job that runs on a
 * schedule, its cron in UTC. A domain declares its queues in its own folder; ./queues.ts lists them.
 */
export interface QueueDefinition<Name extends string = string, Payload extends z.ZodType = z.ZodType, Options extends QueueOptions = QueueOptions> {
  name: Name;
  options: Options;
  payload: Payload;
  /** Cron in UTC. pg-boss runs each tick once, however many workers are up. */
  cron?: string;
}

export function defineQueue<const Name extends string, Payload extends z.ZodType, const Options extends QueueOptions>(
  queue: QueueDefinition<Name, Payload, Options>,
): QueueDefinition<Name, Payload, Options> {
  return queue;
}
