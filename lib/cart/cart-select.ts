// What of a cart, its items, their variants and products both the cart page and checkout read:
// one select, so the two always price and check availability from the same fields.
export const cartSelect = {
  id: true,
  couponCode: true,
  items: {
    orderBy: { addedAt: "asc" },
    select: {
      id: true,
      quantity: true,
      unitPriceCents: true,
      variant: {
        select: {
          id: true,
          title: true,
          sku: true,
          priceCents: true,
          stock: true,
          active: true,
          product: {
            select: {
              id: true,
              slug: true,
              title: true,
              status: true,
              priceCents: true,
              flashSalePriceCents: true,
              flashSaleStartsAt: true,
              flashSaleEndsAt: true,
              images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
              store: { select: { id: true, name: true, slug: true, status: true } },
            },
          },
        },
      },
    },
  },
} as const;
