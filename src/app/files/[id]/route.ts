import { getCurrentUser } from "@/server/auth/session";
import { openStoredFile } from "@/server/storage/get-stored-file";
import { isRecordIdParam } from "@/server/page-params";

// Stored files are served only to users whose scope includes the owning company; anyone else, signed in or not,
// gets the same 404 as for an id that does not exist.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  const file = user && isRecordIdParam(id) ? await openStoredFile(user, id) : null;
  if (!file) {
    return Response.json({ error: "Not found" }, { status: 404, headers: { "X-Content-Type-Options": "nosniff" } });
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      // Even if a file were opened as a page, it could run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // A new upload gets a new id, so a short private cache never shows a stale file.
      "Cache-Control": "private, max-age=300",
    },
  });
}
