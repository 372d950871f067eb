import type { ProgramAction, ProgramStatus, Role } from "@/lib/enums";
import { coversEveryArea } from "@/server/access/area-codes";

// The program life cycle as data: which move goes from which status to which, and who may make it.
// Pure; the service enforces it on the server and the pages only mirror it.

export type Mover = "owner" | "staff";

export interface Transition {
  from: readonly ProgramStatus[];
  to: ProgramStatus;
  by: Mover;
  /** A decision that sends the program back or ends it must say why. */
  noteRequired: boolean;
}

export const TRANSITIONS: Record<Exclude<ProgramAction, "create">, Transition> = {
  submit: { from: ["draft", "revision_requested"], to: "submitted", by: "owner", noteRequired: false },
  withdraw: { from: ["draft", "submitted"], to: "withdrawn", by: "owner", noteRequired: false },
  approve: { from: ["submitted"], to: "approved", by: "staff", noteRequired: false },
  request_revision: { from: ["submitted"], to: "revision_requested", by: "staff", noteRequired: true },
  reject: { from: ["submitted"], to: "rejected", by: "staff", noteRequired: true },
  start: { from: ["approved"], to: "in_progress", by: "owner", noteRequired: false },
  complete: { from: ["in_progress"], to: "completed", by: "owner", noteRequired: false },
};

export type TransitionAction = keyof typeof TRANSITIONS;
export const TRANSITION_ACTIONS = Object.keys(TRANSITIONS) as TransitionAction[];

export interface Actor {
  role: Role;
  companyId: string | null;
  jurisdiction: string | null;
}

/** What a move depends on: whose program it is, where it stands, and every area it names. */
export interface MovedProgram {
  companyId: string;
  status: ProgramStatus;
  areaCodes: readonly string[];
}

/**
 * Who the actor is to this program: its owner (an officer of its company), staff, or neither.
 * Staff act on a program only when their jurisdiction contains every one of its areas: a regency
 * office sees a province-wide program (it touches the regency) but does not decide it.
 */
export function moverOf(actor: Actor, program: Omit<MovedProgram, "status">): Mover | null {
  if (actor.role === "officer") return actor.companyId === program.companyId ? "owner" : null;
  if (actor.role === "reviewer" || actor.role === "admin") {
    return actor.jurisdiction !== null && coversEveryArea(actor.jurisdiction, program.areaCodes) ? "staff" : null;
  }
  return null;
}

/** Whether the actor may make this move now. Staff must also be able to see the program (it touches their jurisdiction). */
export function canTransition(actor: Actor, program: MovedProgram, action: TransitionAction): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(program.status) && moverOf(actor, program) === t.by;
}

/** Every move the actor may make now, in a stable order. */
export function allowedActions(actor: Actor, program: MovedProgram): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((a) => canTransition(actor, program, a));
}
