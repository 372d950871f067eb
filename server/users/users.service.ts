import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { isWithin, NATIONAL } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { hashPassword } from "@/server/auth/password";
import { revokeUserSessions } from "@/server/auth/sessions";
import { assertPasswordAllowed } from "./passwords.service";
import { recordAudit } from "@/server/audit/audit";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { findManagedCompany } from "@/server/companies/companies.queries";
import { conflict, fieldError, notFound, pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { type CreateUserInput, type UpdateUserInput } from "./users.schemas";
import { findManagedUser } from "./users.queries";

type Scope = { role: string; companyId?: string | null; jurisdiction?: string | null };

/** The role's company or jurisdiction must be one the admin manages; returns the normalised pair. */
async function checkScope(db: DbOrTx, admin: StaffViewer, s: Scope) {
  if (s.role === "officer") {
    if (!s.companyId || !(await findManagedCompany(db, admin, s.companyId))) throw fieldError("companyId", "errors.companyUnknown");
    return { companyId: s.companyId, jurisdiction: null };
  }
  const j = s.jurisdiction ?? "";
  if (!isWithin(j, admin.jurisdiction)) throw fieldError("jurisdiction", "errors.outsideJurisdiction");
  if (j !== NATIONAL && (await findUnknownAreaCodes(db, [j])).length) throw fieldError("jurisdiction", "errors.areaUnknown");
  return { companyId: null, jurisdiction: j };
}

function emailTakenOr(err: unknown): never {
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw fieldError("email", "errors.emailTaken");
  throw err;
}

export async function createUser(db: Database, admin: StaffViewer, f: CreateUserInput, ip: string | null = null) {
  assertPasswordAllowed("password", f.password, f.email);
  const passwordHash = await hashPassword(f.password);
  return db
    .transaction(async (tx) => {
      const scope = await checkScope(tx, admin, f);
      const [row] = await tx
        .insert(users)
        .values({ email: f.email, name: f.name, role: f.role, passwordHash, ...scope })
        .returning({ id: users.id });
      if (!row) throw notFound();
      await recordAudit(tx, {
        actorId: admin.userId,
        action: "user.create",
        targetType: "user",
        targetId: row.id,
        ip,
        details: { email: f.email, role: f.role, ...scope },
      });
      return row;
    })
    .catch(emailTakenOr);
}

export async function updateUser(db: Database, admin: StaffViewer, f: UpdateUserInput, ip: string | null = null) {
  return db.transaction(async (tx) => {
    const current = await findManagedUser(tx, admin, f.id);
    if (!current) throw notFound();
    // An admin cannot lock themselves out by changing their own role or narrowing their own reach.
    if (f.id === admin.userId && f.role !== current.role) throw fieldError("role", "errors.ownRole");
    if (f.id === admin.userId && f.jurisdiction !== admin.jurisdiction) throw fieldError("jurisdiction", "errors.ownRole");
    const scope = await checkScope(tx, admin, f);
    const [row] = await tx
      .update(users)
      .set({ name: f.name, role: f.role, ...scope, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, f.id), eq(users.version, f.version)))
      .returning({ id: users.id, version: users.version });
    if (!row) throw conflict("errors.staleVersion");
    if (current.role !== f.role) {
      await recordAudit(tx, {
        actorId: admin.userId,
        action: "user.role_change",
        targetType: "user",
        targetId: f.id,
        ip,
        details: { from: current.role, to: f.role },
      });
    }
    await recordAudit(tx, { actorId: admin.userId, action: "user.update", targetType: "user", targetId: f.id, ip, details: scope });
    return row;
  });
}

/** Deactivating ends the user's sessions at once: the generation their tokens carry is no longer current. */
export async function setUserActive(db: Database, admin: StaffViewer, input: { id: string; isActive: boolean }, ip: string | null = null) {
  if (input.id === admin.userId && !input.isActive) throw fieldError("isActive", "errors.ownAccount");
  return db.transaction(async (tx) => {
    const current = await findManagedUser(tx, admin, input.id);
    if (!current) throw notFound();
    if (current.isActive === input.isActive) return { id: input.id, isActive: input.isActive };
    await tx
      .update(users)
      .set({
        isActive: input.isActive,
        sessionGeneration: sql`${users.sessionGeneration} + 1`,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, input.id));
    await revokeUserSessions(tx, input.id);
    await recordAudit(tx, {
      actorId: admin.userId,
      action: input.isActive ? "user.reactivate" : "user.deactivate",
      targetType: "user",
      targetId: input.id,
      ip,
    });
    return { id: input.id, isActive: input.isActive };
  });
}
