// The seller dashboard's first screen: listings by status, stock that needs attention, recent orders.
import { db } from "../db";

export async function getSellerOverview(storeId: string) {
  const since = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
  const [byStatus, lowStock, recentOrders, sales] = await Promise.all([
    db.product.groupBy({ by: ["status"], where: { storeId }, _count: { _all: true } }),
    db.$queryRaw<{ id: string; sku: string; title: string; stock: number; product_title: string; product_slug: string }[]>`
      SELECT v.id, v.sku, v.title, v.stock, p.title AS product_title, p.slug AS product_slug
      FROM product_variants v JOIN products p ON p.id = v.product_id
      WHERE p.store_id = ${storeId} AND p.status = 'ACTIVE' AND v.active AND v.stock <= v.low_stock_threshold
      ORDER BY v.stock ASC, p.title ASC LIMIT 10`,
    db.subOrder.findMany({
      where: { storeId },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, status: true, totalCents: true, createdAt: true, order: { select: { number: true } }, _count: { select: { items: true } } },
    }),
    db.subOrder.aggregate({
      where: { storeId, createdAt: { gte: since }, status: { in: ["PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"] } },
      _sum: { totalCents: true },
      _count: { _all: true },
    }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    listings: { active: count("ACTIVE"), draft: count("DRAFT"), archived: count("ARCHIVED") },
    lowStock: lowStock.map((row) => ({ ...row, stock: Number(row.stock) })),
    recentOrders,
    last30Days: { orders: sales._count._all, revenueCents: sales._sum.totalCents ?? 0 },
  };
}
