import Link from "next/link";

/** A page's title, with an optional way back to the list it belongs to and actions on the right. */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: string;
  description?: string;
  actions?: React.ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <>
      {back ? (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-blue-700 hover:underline">
            ← {back.label}
          </Link>
        </p>
      ) : null}
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-gray-900">{title}</h1>
          {description ? <p className="mt-1 text-sm text-gray-600">{description}</p> : null}
        </div>
        {actions}
      </div>
    </>
  );
}
