import type { ReactNode, Ref } from "react";

export type StatusTone = "info" | "success" | "warning" | "error";

const TONE_CLASSES: Record<StatusTone, string> = {
  info: "border-blue-200 bg-blue-50 text-blue-900",
  success: "border-green-200 bg-green-50 text-green-800",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-200 bg-red-50 text-red-800",
};

/**
 * A message about the page or what just happened, coloured by its tone. An error is an alert, read out at once; the
 * other tones are status messages, read out when the reader pauses. A standing fact about the record (a denial, who
 * may act) is a `note`, which is not announced; an `aside` with a label is a landmark people can jump to.
 */
export function StatusAlert({
  tone,
  children,
  role,
  as: Element = "div",
  label,
  className = "",
  ref,
  tabIndex,
}: {
  tone: StatusTone;
  children: ReactNode;
  role?: "status" | "alert" | "note";
  as?: "div" | "aside";
  label?: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}) {
  const announced = Element === "aside" ? role : (role ?? (tone === "error" ? "alert" : "status"));
  return (
    <Element
      ref={ref}
      role={announced}
      aria-label={label}
      tabIndex={tabIndex}
      className={`rounded-md border px-3 py-2 text-sm ${TONE_CLASSES[tone]} ${className}`.trim()}
    >
      {children}
    </Element>
  );
}
