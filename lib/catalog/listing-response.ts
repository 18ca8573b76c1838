// The JSON shape of a listing for /api/v1: cards in `data`, paging, the answered query (after a
// spelling correction), a "did you mean" suggestion and facets in `meta`.
import type { ListingResult } from "./listing";
import { listingSearchParams } from "./listing-query";

export function toListingResponse(result: ListingResult) {
  return {
    data: result.products,
    meta: {
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      pageSize: result.pageSize,
      query: Object.fromEntries(listingSearchParams({ ...result.query, page: undefined })),
      correctedFrom: result.correctedFrom,
      suggestion: result.suggestion,
      facets: result.facets,
    },
  };
}
