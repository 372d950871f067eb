export * from "./areas";
export * from "./companies";
export * from "./users";
export * from "./programs";
export * from "./settings";
export * from "./overlaps";
export * from "./imports";
