import Link from "next/link";

/** Home / category trail / the current page. */
export function Breadcrumbs({ trail, current }: { trail: { slug: string; name: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/" className="hover:text-brand-700">Home</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.slug} className="before:mr-1 before:content-['/']">
            <Link href={`/c/${crumb.slug}`} className="hover:text-brand-700">{crumb.name}</Link>
          </li>
        ))}
        <li aria-current="page" className="max-w-[16rem] truncate text-stone-800 before:mr-1 before:content-['/']">{current}</li>
      </ol>
    </nav>
  );
}
