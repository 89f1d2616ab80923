"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLink = { href: string; label: string };

// Up to three short links fit one line of a 390 px phone (about 30 characters of labels with their padding); more, or
// longer ones, would wrap onto two or three lines, so narrower screens get them behind a Menu button instead.
const PHONE_INLINE_LIMIT = 3;
const PHONE_INLINE_CHARACTERS = 30;
// Eight links fit one line of a 1280 px screen. An admin may open every internal area (about eighteen links), which
// would wrap onto two or three lines there too, so from the ninth on they wait behind a More button.
const DESKTOP_INLINE_LIMIT = 8;

const SUMMARY_CLASS =
  "flex w-fit cursor-pointer list-none items-center gap-2 rounded-md px-3 py-1.5 font-medium text-gray-700 hover:bg-gray-100 [&::-webkit-details-marker]:hidden";

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
  const inlineOnDesktop = links.slice(0, DESKTOP_INLINE_LIMIT);
  const moreOnDesktop = links.slice(DESKTOP_INLINE_LIMIT);
  return (
    <nav aria-label="Main" className="border-t border-gray-100">
      <div className="mx-auto max-w-6xl px-4 text-sm sm:px-6">
        {links.length > PHONE_INLINE_LIMIT || links.reduce((sum, link) => sum + link.label.length, 0) > PHONE_INLINE_CHARACTERS ? (
          <>
            {/* A disclosure works before the page's script has loaded; a new key closes it after each navigation. */}
            <details key={`menu-${pathname}`} className="py-1 lg:hidden">
              <summary className={SUMMARY_CLASS}>
                <span aria-hidden="true" className="text-base leading-none">
                  ☰
                </span>
                Menu
              </summary>
              <NavLinks links={links} current={current} className="grid gap-1 pt-1 pb-2 sm:grid-cols-2" />
            </details>
            <div className="hidden items-start gap-1 py-1 lg:flex">
              <NavLinks links={inlineOnDesktop} current={current} className="flex gap-1" />
              {moreOnDesktop.length > 0 ? (
                <details key={`more-${pathname}`} className="relative">
                  <summary className={`${SUMMARY_CLASS} ${moreOnDesktop.some((link) => link.href === current) ? "bg-blue-50 text-blue-800" : ""}`}>
                    More
                    <span aria-hidden="true">▾</span>
                  </summary>
                  <NavLinks
                    links={moreOnDesktop}
                    current={current}
                    className="absolute left-0 z-20 mt-1 grid w-56 gap-1 rounded-md border border-gray-200 bg-white p-2 shadow-lg"
                  />
                </details>
              ) : null}
            </div>
          </>
        ) : (
          <NavLinks links={links} current={current} className={inline} />
        )}
      </div>
    </nav>
  );
}
