"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-reads the page every second while the import job runs; the page stops rendering this once it is done. */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
