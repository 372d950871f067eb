import type { ProgramAction, ProgramStatus, Role } from "@/lib/enums";

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
}

/** Who the actor is to this program: its owner (an officer of its company), staff who can see it, or neither. */
export function moverOf(actor: Actor, program: { companyId: string }): Mover | null {
  if (actor.role === "officer") return actor.companyId === program.companyId ? "owner" : null;
  if (actor.role === "reviewer" || actor.role === "admin") return "staff";
  return null;
}

/** Whether the actor may make this move now. Staff must already be able to see the program (it touches their jurisdiction). */
export function canTransition(actor: Actor, program: { companyId: string; status: ProgramStatus }, action: TransitionAction): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(program.status) && moverOf(actor, program) === t.by;
}

/** Every move the actor may make now, in a stable order. */
export function allowedActions(actor: Actor, program: { companyId: string; status: ProgramStatus }): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((a) => canTransition(actor, program, a));
}
