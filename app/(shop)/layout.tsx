import { SiteShell } from "@/components/layout/site-shell";

// The shop's frame has nothing per visitor (the header loads that in the browser), so pages with
// nothing per visitor either are rendered once and cached; the header's category menu is refreshed
// at least every 5 minutes.
export const revalidate = 300;

export default function ShopLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
