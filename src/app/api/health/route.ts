// The benchmark's baseline: a route that touches neither the session nor the database, so its latency is the
// server's own overhead on this machine at this moment.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
