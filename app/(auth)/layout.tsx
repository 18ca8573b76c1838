import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="mb-8 text-3xl font-black tracking-tight text-brand-700">
        Bazaar
      </Link>
      <main className="w-full max-w-sm rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">{children}</main>
    </div>
  );
}
