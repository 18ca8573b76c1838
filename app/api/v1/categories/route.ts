// GET /api/v1/categories — the category tree, top level first, in display order
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listCategoryTree } from "@/lib/catalog/list-category-tree";

export type GetCategoriesResponse = { data: Awaited<ReturnType<typeof listCategoryTree>> };

export const GET = withApi(async () => {
  const data = await listCategoryTree();
  return NextResponse.json({ data } satisfies GetCategoriesResponse);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
