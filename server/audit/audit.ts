import "server-only";
import type { DbOrTx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { redactDetails } from "./redact";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  /** Never a password or an NIK: such keys are dropped and NIK-shaped numbers masked on the way in. */
  details?: Record<string, unknown>;
}

/** Appends to the audit log. There is deliberately no update or delete counterpart. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: entry.ip ?? null,
    details: entry.details ? redactDetails(entry.details) : undefined,
  });
}
