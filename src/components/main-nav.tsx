"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLink = { href: string; label: string };

// Three short links fit one line of a 390 px phone; more would wrap onto two or three lines (an admin has eight, which
// need about 750 px), so from four on, narrower screens get them behind a Menu button instead.
const PHONE_INLINE_LIMIT = 3;
// Eight links fit one line of a 1280 px screen. An admin may open every internal area (about eighteen links), which
// would wrap onto two or three lines there too, so past eight the Menu button is used on every screen.
const DESKTOP_INLINE_LIMIT = 8;

const LINK_CLASS =
  "block rounded-md px-3 py-1.5 text-gray-700 hover:bg-gray-100 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-800";

function NavLinks({ links, current, className }: { links: NavLink[]; current: string | undefined; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={link.href === current ? "page" : undefined} className={LINK_CLASS}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The header's area links; the current section is marked for screen readers and by colour. */
export function MainNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  if (links.length === 0) return null;
  // The longest matching link is the current one, so /partner does not light up on /partner/company.
  const current = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const inline = "flex flex-wrap gap-1 py-1";
  return (
    <nav aria-label="Main" className="border-t border-gray-100">
      <div className="mx-auto max-w-6xl px-4 text-sm sm:px-6">
        {links.length > PHONE_INLINE_LIMIT ? (
          <>
            {/* A disclosure works before the page's script has loaded; a new key closes it after each navigation. */}
            <details key={pathname} className={links.length > DESKTOP_INLINE_LIMIT ? "py-1" : "py-1 lg:hidden"}>
              <summary className="flex w-fit cursor-pointer list-none items-center gap-2 rounded-md px-3 py-1.5 font-medium text-gray-700 hover:bg-gray-100 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true" className="text-base leading-none">
                  ☰
                </span>
                Menu
              </summary>
              <NavLinks
                links={links}
                current={current}
                className={links.length > DESKTOP_INLINE_LIMIT ? "grid gap-1 pt-1 pb-2 sm:grid-cols-3 lg:grid-cols-4" : "grid gap-1 pt-1 pb-2"}
              />
            </details>
            {links.length > DESKTOP_INLINE_LIMIT ? null : <NavLinks links={links} current={current} className={`hidden lg:flex ${inline}`} />}
          </>
        ) : (
          <NavLinks links={links} current={current} className={inline} />
        )}
      </div>
    </nav>
  );
}
