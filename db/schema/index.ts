export * from "./areas";
export * from "./companies";
export * from "./users";
export * from "./programs";
export * from "./settings";
