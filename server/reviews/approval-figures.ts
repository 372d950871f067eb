// The optional rule that a program states its budget and planned beneficiaries before it is
// approved (setting `require_figures_for_approval`). Pure; the service enforces it and the
// decision page shows it before the reviewer clicks.

export type MissingFigure = "budget" | "beneficiaries";

export interface ProgramFigures {
  budgetIdr: number | null;
  plannedBeneficiaries: number | null;
}

/** The figures a program has not stated yet, budget first. */
export function missingFigures(p: ProgramFigures): MissingFigure[] {
  const missing: MissingFigure[] = [];
  if (p.budgetIdr === null) missing.push("budget");
  if (p.plannedBeneficiaries === null) missing.push("beneficiaries");
  return missing;
}

export type FiguresRefusal = "errors.figuresRequired.budget" | "errors.figuresRequired.beneficiaries" | "errors.figuresRequired.both";

/**
 * Why approving this program is refused, as a catalog key naming what is missing and the fix
 * (ask the company for a revision); null when the rule is off or both figures are there.
 */
export function approvalRefusal(p: ProgramFigures, isRequired: boolean): FiguresRefusal | null {
  if (!isRequired) return null;
  const missing = missingFigures(p);
  if (missing.length === 0) return null;
  return missing.length === 2 ? "errors.figuresRequired.both" : `errors.figuresRequired.${missing[0] as MissingFigure}`;
}
