// How much of one item a cart may hold, whatever the stock: one add, an update and a merge of the
// anonymous cart all stop here, and quantity pickers offer no more.
export const MAX_ITEM_QUANTITY = 99;
