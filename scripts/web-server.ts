// The production web server: Next's request handler in several processes sharing one port (Node's cluster), so the
// pages render on every core instead of queueing on one. `npm start` runs it; WEB_CONCURRENCY sets how many.
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import next from "next";
import { PROJECT_ROOT } from "./lib/environment";
import { setClientAddress } from "./lib/client-address";
import { MAX_REQUEST_BODY_BYTES, REQUEST_TOO_LARGE_MESSAGE } from "../src/lib/request-limits";
import { COUNTING_STATEMENTS, countRequestStatements, STATEMENT_COUNT_LOG_PREFIX, type StatementCount } from "../src/server/statement-count";

const port = Number(process.env.PORT ?? 3000);
const trustProxyHeaders = process.env.TRUST_PROXY_HEADERS === "true";
const processes = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? Math.min(os.availableParallelism(), 4)));

if (cluster.isPrimary) {
  let stopping = false;
  for (let index = 0; index < processes; index++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    // One process gone leaves the others serving half-blind to it; stop all, and the supervisor says so.
    if (stopping) return;
    stopping = true;
    console.error(`[web] A web process stopped (exit code ${code ?? "none"}); stopping the others.`);
    for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
    process.exitCode = code || 1;
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`[web] Serving on port ${port} with ${processes} process(es)`);
} else {
  const app = next({ dev: false, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const reportStatements = (count: StatementCount) => console.log(`${STATEMENT_COUNT_LOG_PREFIX}${JSON.stringify(count)}`);
  const server = createServer((request, response) => {
    if (Number(request.headers["content-length"] ?? 0) > MAX_REQUEST_BODY_BYTES) {
      response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end(REQUEST_TOO_LARGE_MESSAGE);
      return;
    }
    setClientAddress(request.headers, request.socket.remoteAddress, trustProxyHeaders);
    if (COUNTING_STATEMENTS) countRequestStatements(request, response, () => handle(request, response), reportStatements);
    else void handle(request, response);
  });
  server.listen(port);
  process.on("SIGTERM", () => {
    // Requests under way finish; a client holding a connection open does not keep the process past ten seconds.
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
