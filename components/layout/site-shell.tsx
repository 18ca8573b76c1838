import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The storefront's frame, shared by the shop and the seller dashboard. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
      <SiteFooter />
    </>
  );
}
