import type { DemoProgram } from "./demo";
export const DEMO_PROGRAMS: DemoProgram[] = [];
