// For server actions: the notice the page at `path` shows once, after the redirect there (see ./flash.ts).
import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, flashValue, type FlashCode } from "./flash";

export async function setFlash(code: FlashCode, path: string): Promise<void> {
  // Readable by the page's script, which clears it; a minute is plenty for one redirect.
  const pathname = new URL(path, "http://bazaar.invalid").pathname;
  (await cookies()).set(FLASH_COOKIE, flashValue(code, pathname), { path: "/", maxAge: 60, sameSite: "lax" });
}
