import superjson from "superjson";

// Figures kept by the versioned cache are handed, as the same object, to every reader until the
// data changes; a forum meeting asks for them fifty times a second. superjson walks every value
// of an answer to look for Dates, Maps and the like (8% of a dashboard.summary call in a CPU
// profile under load), so a kept object is serialized once and its result reused. Only objects
// marked here are remembered, and marking promises that nobody changes them afterwards.

const shared = new WeakSet<object>();
const serialized = new WeakMap<object, ReturnType<typeof superjson.serialize>>();

/** Marks `value` as shared and never changed again (the cache's own copies). */
export function markShared<T>(value: T): T {
  if (value !== null && typeof value === "object") shared.add(value);
  return value;
}

/** superjson's serialize, computed once per shared object. */
export function serializeShared(value: unknown): ReturnType<typeof superjson.serialize> {
  if (value === null || typeof value !== "object" || !shared.has(value)) return superjson.serialize(value);
  let out = serialized.get(value);
  if (!out) {
    out = superjson.serialize(value);
    serialized.set(value, out);
  }
  return out;
}

/** The transformer for tRPC: superjson, with shared objects serialized once. */
export const sharedAwareTransformer = {
  serialize: serializeShared,
  deserialize: superjson.deserialize.bind(superjson),
};
