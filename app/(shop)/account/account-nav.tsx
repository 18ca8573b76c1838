// The account area's sections, with the current one marked for screen readers and the eye.
import Link from "next/link";

const sections = [
  { href: "/account", label: "Profile" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/addresses", label: "Addresses" },
  { href: "/account/wishlist", label: "Wishlist" },
  { href: "/account/security", label: "Security" },
  { href: "/account/delete", label: "Delete account" },
] as const;

export function AccountNav({ current }: { current: (typeof sections)[number]["href"] }) {
  return (
    // The tabs wrap onto a second row on a phone: a strip scrolling sideways hid the last ones with no sign they were there.
    <nav aria-label="Account sections" className="mb-6 border-b border-stone-200">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {sections.map((section) => {
          const active = section.href === current;
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 pb-2 ${active ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-stone-600 hover:text-brand-700"}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function AccountHeading({ title, description }: { title: string; description?: string }) {
  return (
    <div className="mb-4">
      <p className="text-sm text-stone-500">Your account</p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {description ? <p className="mt-1 text-sm text-stone-600">{description}</p> : null}
    </div>
  );
}
