import { WishlistProvider } from "@/components/wishlist/wishlist-provider";
import { FlashNotice } from "./flash-notice";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The storefront's frame, shared by the shop and the seller dashboard. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  // The wishlist hearts' state loads in the browser, so the pages themselves stay the same for everyone.
  return (
    <WishlistProvider>
      <SiteHeader />
      <main className="mx-auto max-w-7xl px-4 py-6">
        <FlashNotice />
        {children}
      </main>
      <SiteFooter />
    </WishlistProvider>
  );
}
