// Who is subscribed to what, for the local Pusher-protocol server. Shared by the WebSocket side
// (subscribe, client events) and the HTTP API (trigger, channel info). Presence members are derived
// from the subscribed connections, so a closed socket can never leave a ghost member behind.

export interface PresenceMember {
  user_id: string;
  user_info?: unknown;
}

export interface LocalConnection {
  readonly socketId: string;
  /** Channel → the presence member this connection joined as (null on non-presence channels). */
  readonly channels: Map<string, PresenceMember | null>;
  /** Sends an already serialized frame. */
  send(frame: string): void;
}

export const isPresence = (channel: string) => channel.startsWith("presence-");
export const isPrivate = (channel: string) => channel.startsWith("private-");

export class ChannelRegistry {
  private readonly channels = new Map<string, Map<string, LocalConnection>>();

  /** Adds the connection; true when its user was not yet present on this (presence) channel. */
  join(connection: LocalConnection, channel: string, member: PresenceMember | null): { newMember: boolean } {
    const wasPresent = member ? this.members(channel).has(member.user_id) : false;
    let subscribers = this.channels.get(channel);
    if (!subscribers) {
      subscribers = new Map();
      this.channels.set(channel, subscribers);
    }
    subscribers.set(connection.socketId, connection);
    connection.channels.set(channel, member);
    return { newMember: member !== null && !wasPresent };
  }

  /** Removes the connection; returns the member whose last connection just left, if any. */
  leave(connection: LocalConnection, channel: string): { goneMember: PresenceMember | null } {
    if (!connection.channels.has(channel)) return { goneMember: null };
    const member = connection.channels.get(channel) ?? null;
    connection.channels.delete(channel);
    const subscribers = this.channels.get(channel);
    subscribers?.delete(connection.socketId);
    if (subscribers && subscribers.size === 0) this.channels.delete(channel);
    const stillPresent = member ? this.members(channel).has(member.user_id) : false;
    return { goneMember: member && !stillPresent ? member : null };
  }

  isSubscribed(connection: LocalConnection, channel: string): boolean {
    return connection.channels.has(channel);
  }

  broadcast(channel: string, frame: string, exceptSocketId?: string): void {
    const subscribers = this.channels.get(channel);
    if (!subscribers) return;
    for (const connection of subscribers.values()) {
      if (connection.socketId !== exceptSocketId) connection.send(frame);
    }
  }

  subscriptionCount(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }

  /** user_id → user_info (null when none was given, so the id still appears in the hash); first connection's info wins. */
  members(channel: string): Map<string, unknown> {
    const members = new Map<string, unknown>();
    for (const connection of this.channels.get(channel)?.values() ?? []) {
      const member = connection.channels.get(channel);
      if (member && !members.has(member.user_id)) members.set(member.user_id, member.user_info ?? null);
    }
    return members;
  }

  occupiedChannels(): string[] {
    return [...this.channels.keys()];
  }
}
