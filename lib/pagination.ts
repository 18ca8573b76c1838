// Paging for every list: `page` counts from 1, `pageSize` goes up to the list's own maximum. The
// one rule for the API: a value out of range or not a whole number is refused (400 with the field
// named), never quietly replaced by the default. Pages read from a URL typed by people use
// pageFromUrl instead, which falls back to the first page.
import { z } from "zod";

export const MAX_PAGE = 1000;

const whole = (message: string) => z.coerce.number({ error: message }).int(message);

export const ZPage = whole(`Pages are whole numbers from 1 to ${MAX_PAGE}`)
  .min(1, "Pages start at 1")
  .max(MAX_PAGE, `At most ${MAX_PAGE} pages`)
  .default(1);

export function ZPageSize({ max, fallback }: { max: number; fallback: number }) {
  return whole(`The page size is a whole number from 1 to ${max}`)
    .min(1, `The page size is a whole number from 1 to ${max}`)
    .max(max, `At most ${max} a page`)
    .default(fallback);
}

/** `page` and `pageSize` query parameters. */
export function ZPageQuery(size: { max: number; fallback: number }) {
  return z.object({ page: ZPage, pageSize: ZPageSize(size) });
}

/** A page number from a URL a person may have typed: anything but a valid page is the first one. */
export function pageFromUrl(value: string | string[] | undefined): number {
  const parsed = ZPage.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
