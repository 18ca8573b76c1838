// The one place that answers "may this actor do this to this resource". Pages, server actions,
// route handlers and use cases describe what they are about to do and ask here; none of them
// compares roles or owner ids on its own. Callers load the resource (only the fields a rule needs)
// before asking, so a client-supplied id is always checked against its real owner.
//
// Owner-scoped resources (a user's profile, addresses, tokens) answer NOT_FOUND to everyone but
// their owner, so probing foreign ids reveals nothing. Other refusals are FORBIDDEN.
import type { StoreStatus } from "../generated/prisma/enums";
import { AppError, notFound, unauthenticated } from "../errors";
import type { Actor } from "./actor";

/** Resources, reduced to what the rules look at. */
export type Resource =
  | { kind: "user"; userId: string }
  | { kind: "address"; ownerId: string }
  | { kind: "refresh-token"; ownerId: string }
  | { kind: "upload"; ownerId: string | null }
  | { kind: "store"; ownerId: string; status: StoreStatus }
  | { kind: "user-channel"; userId: string }
  | { kind: "store-channel"; ownerId: string | null }
  | { kind: "conversation-channel"; buyerId: string; storeOwnerId: string }
  | { kind: "review"; authorId: string }
  | { kind: "order"; buyerId: string }
  | { kind: "sub-order"; storeOwnerId: string };

type Of<K extends Resource["kind"]> = Extract<Resource, { kind: K }>;

/** Every action, with the resource it applies to (`undefined`: the action needs none). */
interface ActionResources {
  // Your own account
  "profile:read": Of<"user">;
  "profile:update": Of<"user">;
  "account:delete": Of<"user">;
  "password:change": Of<"user">;
  "sessions:end-all": Of<"user">;
  "two-factor:manage": Of<"user">;
  "address:list": Of<"user">;
  "address:create": Of<"user">;
  "address:read": Of<"address">;
  "address:update": Of<"address">;
  "address:delete": Of<"address">;
  "refresh-token:revoke": Of<"refresh-token">;
  "wishlist:read": Of<"user">;
  "wishlist:update": Of<"user">;
  // Reviews (who bought and received the product is checked by the use case)
  "review:create": undefined;
  "review:update": Of<"review">;
  "review:delete": Of<"review">;
  // Orders: the buyer's own, and each seller's part of them
  "order:read": Of<"order">;
  "order:cancel": Of<"order">;
  "sub-order:fulfil": Of<"sub-order">;
  "sub-order:refund": Of<"sub-order">;
  // Files
  "upload:create": undefined;
  "upload:delete": Of<"upload">;
  // Need a confirmed email address (browsing and the cart do not)
  "checkout:place": undefined;
  "store:apply": undefined;
  "message:send": undefined;
  // Selling
  "seller:dashboard": Of<"store"> | null;
  // Administration
  "admin:access": undefined;
  "admin:manage-users": undefined;
  "admin:review-stores": undefined;
  "email-outbox:read": undefined;
  "audit-log:read": undefined;
  // Realtime
  "realtime:subscribe": Of<"user-channel"> | Of<"store-channel"> | Of<"conversation-channel">;
}

export type Action = keyof ActionResources;
export type ResourceFor<A extends Action> = ActionResources[A];

interface Rule<R> {
  /** Non-owners get NOT_FOUND rather than FORBIDDEN. */
  ownerScoped?: boolean;
  allows(actor: Actor, resource: R): boolean;
}

const isAdmin = (actor: Actor) => actor.role === "ADMIN";
const self: Rule<Of<"user">> = { ownerScoped: true, allows: (actor, user) => user?.userId === actor.userId };
const ownedBy = { ownerScoped: true, allows: (actor: Actor, resource: { ownerId: string } | undefined) => resource?.ownerId === actor.userId };
const adminOnly = { allows: (actor: Actor) => isAdmin(actor) };
const verified = { allows: (actor: Actor) => actor.emailVerified === true };

const rules: { [A in Action]: Rule<ResourceFor<A>> } = {
  "profile:read": self,
  "profile:update": self,
  "account:delete": self,
  "password:change": self,
  "sessions:end-all": self,
  "two-factor:manage": self,
  "address:list": self,
  "address:create": self,
  "address:read": ownedBy,
  "address:update": ownedBy,
  "address:delete": ownedBy,
  "refresh-token:revoke": ownedBy,
  "wishlist:read": self,
  "wishlist:update": self,
  "review:create": { allows: () => true },
  // Reviews are public, so a plain 403 reveals nothing. Admins remove reviews but never rewrite them.
  "review:update": { allows: (actor, review) => review?.authorId === actor.userId },
  "review:delete": { allows: (actor, review) => isAdmin(actor) || review?.authorId === actor.userId },
  // Order ids are not to be probed: anyone but the buyer (or an admin) gets NOT_FOUND.
  "order:read": { ownerScoped: true, allows: (actor, order) => isAdmin(actor) || order?.buyerId === actor.userId },
  "order:cancel": { ownerScoped: true, allows: (actor, order) => isAdmin(actor) || order?.buyerId === actor.userId },
  "sub-order:fulfil": { ownerScoped: true, allows: (actor, part) => isAdmin(actor) || part?.storeOwnerId === actor.userId },
  "sub-order:refund": { ownerScoped: true, allows: (actor, part) => isAdmin(actor) || part?.storeOwnerId === actor.userId },
  "upload:create": { allows: () => true },
  // Upload URLs are public, so knowing an id reveals nothing: a plain 403 is fine here.
  "upload:delete": { allows: (actor, upload) => isAdmin(actor) || (upload?.ownerId != null && upload.ownerId === actor.userId) },
  "checkout:place": verified,
  "store:apply": verified,
  "message:send": verified,
  // The seller area needs the SELLER role and an approved store of one's own.
  "seller:dashboard": {
    allows: (actor, store) => actor.role === "SELLER" && store != null && store.ownerId === actor.userId && store.status === "APPROVED",
  },
  "admin:access": adminOnly,
  "admin:manage-users": adminOnly,
  "admin:review-stores": adminOnly,
  "email-outbox:read": adminOnly,
  "audit-log:read": adminOnly,
  "realtime:subscribe": {
    allows: (actor, channel) => {
      switch (channel?.kind) {
        case "user-channel":
          return channel.userId === actor.userId;
        case "store-channel":
          return isAdmin(actor) || (channel.ownerId != null && channel.ownerId === actor.userId);
        case "conversation-channel":
          return channel.buyerId === actor.userId || channel.storeOwnerId === actor.userId;
        default:
          return false;
      }
    },
  },
};

type Args<A extends Action> = undefined extends ResourceFor<A> ? [resource?: ResourceFor<A>] : [resource: ResourceFor<A>];

/** Whether the actor may do it. Anonymous actors may do none of these. */
export function can<A extends Action>(actor: Actor | null | undefined, action: A, ...[resource]: Args<A>): boolean {
  if (!actor) return false;
  const rule = rules[action] as Rule<ResourceFor<A>> | undefined;
  return rule ? rule.allows(actor, resource as ResourceFor<A>) : false;
}

/**
 * Throws unless the actor may do it: UNAUTHENTICATED for anonymous, NOT_FOUND for someone else's
 * owner-scoped resource, FORBIDDEN otherwise. `what` names the resource in the not-found message.
 */
export function authorize<A extends Action>(actor: Actor | null | undefined, action: A, ...args: [...Args<A>, what?: string]): asserts actor is Actor {
  const [resource, what] = args as unknown as [ResourceFor<A>, string | undefined];
  if (!actor) throw unauthenticated();
  if (can(actor, action, ...([resource] as Args<A>))) return;
  if (rules[action].ownerScoped) throw notFound(what ?? "Resource");
  throw new AppError("FORBIDDEN", forbiddenMessage(action));
}

function forbiddenMessage(action: Action): string {
  if (action.startsWith("admin:") || action === "email-outbox:read" || action === "audit-log:read") return "Admins only";
  if (verified === rules[action]) return "Verify your email address first";
  if (action === "seller:dashboard") return "The seller dashboard needs an approved store";
  if (action === "realtime:subscribe") return "You may not listen on this channel";
  return "You are not allowed to do that";
}
