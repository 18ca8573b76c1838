// Pages meant for paper (invoices): no site header, footer or menus, on screen or in print.
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto max-w-3xl px-4 py-8 print:max-w-none print:p-0">{children}</main>;
}
