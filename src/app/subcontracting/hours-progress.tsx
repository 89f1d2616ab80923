import { formatHours } from "@/server/subcontracting/rules";

/** Hours used against hours authorized: a native progress bar named by the project, the figures as text beside it. */
export function HoursProgress({ label, minutesLogged, hoursAuthorized }: { label: string; minutesLogged: number; hoursAuthorized: number }) {
  const used = formatHours(minutesLogged);
  const over = minutesLogged > hoursAuthorized * 60;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <progress
        aria-label={`${label}: ${used} of ${hoursAuthorized} hours used`}
        value={Math.min(minutesLogged, hoursAuthorized * 60)}
        max={Math.max(hoursAuthorized * 60, 1)}
        className={`h-2 w-24 shrink-0 ${over ? "accent-red-700" : "accent-green-700"}`}
      />
      <span className={`text-xs whitespace-nowrap ${over ? "font-semibold text-red-800" : "text-gray-700"}`}>
        {used} / {hoursAuthorized} h
      </span>
    </div>
  );
}
