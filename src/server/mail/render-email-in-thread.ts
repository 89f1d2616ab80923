import "server-only";
import { Worker } from "node:worker_threads";
import type { EmailTemplateName, RenderedEmail } from "./templates";
import type { RenderReply, RenderRequest } from "./render-email-thread";

/**
 * Renders in a worker thread started without the react-server condition. Only processes started with that condition
 * (the job worker: `tsx --conditions=react-server`) come here, because there react-dom/server refuses to load.
 * The thread is started once, on first use, and kept; it holds the process open only while a render is pending.
 */
let thread: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (rendered: RenderedEmail) => void; reject: (error: Error) => void }>();

function startThread(): Worker {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./render-email-thread.ts", import.meta.url).href;
  // A JS bootstrap registers tsx's loader inside the thread, then loads the TypeScript entry. The empty execArgv
  // drops the parent's --conditions=react-server.
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, execArgv: [] });
  worker.on("message", (reply: RenderReply) => {
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if ("error" in reply) request.reject(new Error(`Rendering the email failed: ${reply.error}`));
    else request.resolve(reply.rendered);
  });
  const fail = (error: Error) => {
    thread = null;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The email rendering thread stopped (exit code ${code}).`)));
  worker.unref();
  return worker;
}

/** Starts the thread ahead of the first message, so its start-up is not spent inside a caller's transaction. */
export function startEmailRenderThread(): void {
  thread ??= startThread();
}

export function renderEmailInThread(name: EmailTemplateName, data: unknown): Promise<RenderedEmail> {
  thread ??= startThread();
  const worker = thread;
  const id = nextId++;
  return new Promise<RenderedEmail>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, name, data } satisfies RenderRequest);
  });
}
