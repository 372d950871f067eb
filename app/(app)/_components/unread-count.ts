import { fetchUnreadCount } from "../../_trpc/fetch-query";

// The notification bell's count, shared by the bell (in every signed-in page's frame) and the
// notification list (which lowers it at once when something is marked read): a small store
// instead of React Query, so that the dashboard's JavaScript carries no query library.

/** How long a count is taken as current: a bell mounted again (another section) or a refocused tab asks only after this. */
export const FRESH_MS = 30_000;

let unread: number | undefined;
let fetchedAt = 0;
/** The latest request's number: an older answer arriving after a newer request started is dropped. */
let latest = 0;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function subscribeUnread(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last count known in this tab; undefined before the first answer. */
export function getUnread(): number | undefined {
  return unread;
}

/** Changes the known count at once (the server's next answer replaces it). */
export function updateUnread(update: (n: number | undefined) => number | undefined) {
  unread = update(unread);
  emit();
}

/** Asks the server for the count; the newest request's answer wins, and a failed request keeps the last count. */
export function refreshUnread(): Promise<void> {
  const mine = ++latest;
  return fetchUnreadCount().then(
    (n) => {
      if (mine !== latest) return;
      unread = n;
      fetchedAt = Date.now();
      emit();
    },
    () => undefined,
  );
}

/** Asks again only when the last answer is older than FRESH_MS. */
export function refreshUnreadIfStale(): Promise<void> | undefined {
  return Date.now() - fetchedAt >= FRESH_MS ? refreshUnread() : undefined;
}
