import { getLocatorLogo } from "@/server/locator/get-locator-logo";
import { isRecordIdParam } from "@/server/page-params";

const NOT_FOUND = () => Response.json({ error: "Not found" }, { status: 404, headers: { "X-Content-Type-Options": "nosniff" } });

// The locator's logos, for anyone: an Authorized partner's logo only; every other partner, a partner without a logo
// and an unknown id get the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const logo = isRecordIdParam(id) ? await getLocatorLogo(id) : null;
  if (!logo) return NOT_FOUND();
  const headers = {
    "X-Content-Type-Options": "nosniff",
    // Even if a logo were opened as a page, it could run nothing.
    "Content-Security-Policy": "default-src 'none'; sandbox",
    // Public, but briefly: a partner that leaves the locator should not keep its logo in shared caches for long. The
    // pages add the file's id to the address, so a new upload is fetched at once.
    "Cache-Control": "public, max-age=300",
    ETag: `"${logo.fileId}"`,
  };
  if (request.headers.get("if-none-match") === headers.ETag) {
    await logo.body.cancel();
    return new Response(null, { status: 304, headers });
  }
  return new Response(logo.body, {
    headers: {
      ...headers,
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.sizeBytes),
      "Content-Disposition": "inline",
    },
  });
}
