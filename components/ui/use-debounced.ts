"use client";

import { useEffect, useState } from "react";

/** The value as it was `ms` milliseconds after it last changed: a search waits for the typing to pause. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}
