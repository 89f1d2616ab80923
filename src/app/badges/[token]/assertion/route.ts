import { buildAssertion, getBadge } from "@/server/certifications/get-badge";

// Public: a badge wallet or an employer fetches the hosted assertion without signing in. Unknown tokens get a JSON 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const badge = await getBadge((await params).token);
  if (!badge) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(buildAssertion(badge), { headers: { "Cache-Control": "no-store" } });
}
