"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The header's area links; the current section is marked for screen readers and by colour. */
export function MainNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  if (links.length === 0) return null;
  // The longest matching link is the current one, so /partner does not light up on /partner/company.
  const current = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Main" className="border-t border-gray-100">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-1 text-sm sm:px-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="block rounded-md px-3 py-1.5 text-gray-700 hover:bg-gray-100 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-800"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
