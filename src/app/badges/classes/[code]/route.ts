import { getBadgeClass } from "@/server/certifications/get-badge";

// The certification as an Open Badges BadgeClass, which each assertion's "badge" points at.
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const badgeClass = await getBadgeClass((await params).code);
  if (!badgeClass) return Response.json({ error: "Not found" }, { status: 404 });
  return Response.json(badgeClass);
}
