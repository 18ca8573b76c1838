// For server actions: the notice the next page shows once (see ./flash.ts).
import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, type FlashCode } from "./flash";

export async function setFlash(code: FlashCode): Promise<void> {
  // Readable by the page's script, which clears it; a minute is plenty for one redirect.
  (await cookies()).set(FLASH_COOKIE, code, { path: "/", maxAge: 60, sameSite: "lax" });
}
