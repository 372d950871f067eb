// One type scale for the deck, in viewport units: large enough to read from the back of a
// room at 1920×1080 or 1366×768, still legible on a phone. vmin follows the short side, so a
// wide projector and a tall phone both get sizes that fit.

export const TYPE = {
  eyebrow: "text-[clamp(0.85rem,2.1vmin,1.5rem)]",
  title: "text-[clamp(1.5rem,5.2vmin,4rem)]",
  lead: "text-[clamp(1.05rem,3vmin,2.25rem)]",
  body: "text-[clamp(0.95rem,2.6vmin,1.9rem)]",
  small: "text-[clamp(0.85rem,2.1vmin,1.5rem)]",
  /** Inside an `@container` card: never wider than the card, so `Rp 124,9 M` stays on one line. */
  figure: "text-[clamp(1.25rem,min(max(8.5vmin,2.75rem),15cqi),6.5rem)]",
} as const;
