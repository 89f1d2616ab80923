// Entry of the rendering thread started by render-email.ts. It runs without the react-server condition, so React and
// react-dom/server load as in any Node process. Keep its imports free of "server-only".
import { parentPort } from "node:worker_threads";
import { renderEmailTemplate } from "./render-email-template";
import type { EmailTemplateName } from "./templates";

export interface RenderRequest {
  id: number;
  name: EmailTemplateName;
  data: unknown;
}

export type RenderReply = { id: number; rendered: { subject: string; html: string; text: string } } | { id: number; error: string };

parentPort?.on("message", (request: RenderRequest) => {
  renderEmailTemplate(request.name, request.data as never).then(
    (rendered) => parentPort?.postMessage({ id: request.id, rendered } satisfies RenderReply),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
  );
});
