import { badgeImageSvg, getBadgeClass } from "@/server/certifications/get-badge";

// The BadgeClass's image. An SVG of our own making (no user text beyond the catalog code), served so it can run nothing.
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const badgeClass = await getBadgeClass((await params).code);
  if (!badgeClass) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(badgeImageSvg((await params).code), {
    headers: {
      "Content-Type": "image/svg+xml",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
