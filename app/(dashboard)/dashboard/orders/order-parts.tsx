// How dates read on both seller order pages. Rendered on the server, whose time zone is not the seller's: UTC, and said so.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (date: Date) => `${dateTime.format(date)} UTC`;
export const formatDate = (date: Date) => dateOnly.format(date);
