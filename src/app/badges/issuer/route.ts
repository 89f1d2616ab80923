import { buildIssuer } from "@/server/certifications/get-badge";

// The issuer profile every BadgeClass names.
export function GET() {
  return Response.json(buildIssuer());
}
