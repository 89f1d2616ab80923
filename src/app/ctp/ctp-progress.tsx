/** A section's progress: a native progress bar named by its label, with the count as text beside it. */
export function CtpProgress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <progress aria-label={`${label}: ${done} of ${total} items done`} value={done} max={Math.max(total, 1)} className="h-2 w-24 shrink-0 accent-green-700" />
      <span className="text-xs whitespace-nowrap text-gray-700">
        {done} of {total}
      </span>
    </div>
  );
}
