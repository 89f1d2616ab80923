import { humanize } from "@/lib/humanize";

// One badge for every enum state: green when done well, red when refused or late, amber when waiting.
const TONES: Record<string, string> = {
  AUTHORIZED: "bg-green-100 text-green-800",
  APPROVED: "bg-green-100 text-green-800",
  ACTIVE: "bg-green-100 text-green-800",
  COMPLETE: "bg-green-100 text-green-800",
  COMPLETED: "bg-green-100 text-green-800",
  EXECUTED: "bg-green-100 text-green-800",
  WON: "bg-green-100 text-green-800",
  PAID: "bg-green-100 text-green-800",
  SENT: "bg-green-100 text-green-800",
  ACCEPTED: "bg-green-100 text-green-800",
  PUBLISHED: "bg-green-100 text-green-800",
  RESOLVED: "bg-green-100 text-green-800",
  DENIED: "bg-red-100 text-red-800",
  REJECTED: "bg-red-100 text-red-800",
  DECLINED: "bg-red-100 text-red-800",
  FAILED: "bg-red-100 text-red-800",
  LOST: "bg-red-100 text-red-800",
  LOCKED: "bg-red-100 text-red-800",
  EXPIRED: "bg-red-100 text-red-800",
  EXHAUSTED: "bg-red-100 text-red-800",
  OVERDUE: "bg-red-100 text-red-800",
  REVOKED: "bg-red-100 text-red-800",
  INACTIVE: "bg-gray-100 text-gray-700",
  WITHDRAWN: "bg-gray-100 text-gray-700",
  RENEWED: "bg-gray-100 text-gray-700",
};

/** The badge's classes for a state; tables drawn as markup (data-table.tsx) use them without the component. */
export function statusBadgeClass(status: string): string {
  return `inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status] ?? "bg-amber-100 text-amber-900"}`;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={statusBadgeClass(status)}>{humanize(status)}</span>;
}
