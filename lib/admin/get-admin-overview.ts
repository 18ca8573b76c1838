// The admin area's first screen: the marketplace at a glance.
import { db } from "../db";

export async function getAdminOverview() {
  const [usersByRole, storesByStatus, activeProducts, orders, emails] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.store.groupBy({ by: ["status"], _count: { _all: true } }),
    db.product.count({ where: { status: "ACTIVE" } }),
    db.order.aggregate({ _count: { _all: true }, _sum: { totalCents: true }, where: { paidAt: { not: null } } }),
    db.emailOutbox.count(),
  ]);
  const roles = Object.fromEntries(usersByRole.map((r) => [r.role, r._count._all]));
  const stores = Object.fromEntries(storesByStatus.map((s) => [s.status, s._count._all]));
  return {
    users: { buyers: roles.BUYER ?? 0, sellers: roles.SELLER ?? 0, admins: roles.ADMIN ?? 0 },
    stores: { approved: stores.APPROVED ?? 0, pending: stores.PENDING ?? 0, suspended: stores.SUSPENDED ?? 0 },
    activeProducts,
    paidOrders: orders._count._all,
    grossCents: orders._sum.totalCents ?? 0,
    emails,
  };
}
