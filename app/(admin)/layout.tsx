import Link from "next/link";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="bg-stone-900 text-stone-100">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm">
          <Link href="/admin" className="text-lg font-black">Bazaar admin</Link>
          <nav aria-label="Admin" className="flex gap-4">
            <Link href="/admin" className="hover:text-white">Overview</Link>
            <Link href="/admin/searches" className="hover:text-white">Searches</Link>
            <Link href="/admin/emails" className="hover:text-white">Emails</Link>
          </nav>
          <Link href="/" className="ml-auto hover:text-white">Back to the shop</Link>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  );
}
