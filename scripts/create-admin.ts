// Creates the first admin of an installation (on PostgreSQL nothing is seeded):
//   npm run user:create-admin -- --email kepala@dinsos.kaltimprov.go.id --name "Nama" --jurisdiction 64
// The password is read from the ADMIN_PASSWORD environment variable or asked for on the terminal.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openConfiguredDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { hashPassword } from "@/server/auth/password";
import { passwordProblem } from "@/server/auth/password-policy";
import { prepareDatabase } from "@/server/setup/prepare";
import { createUserSchema } from "@/server/users/users.schemas";

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question("Password (min. 10 characters): ");
  } finally {
    rl.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, jurisdiction: { type: "string", default: "64" } },
  });
  const password = process.env.ADMIN_PASSWORD ?? (await askPassword());
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name,
    role: "admin",
    jurisdiction: values.jurisdiction,
    password,
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`${i.path.join(".")}: ${i.message}`);
    process.exit(2);
  }
  // The same policy as in the app, common-password list included.
  const problem = passwordProblem(parsed.data.password, parsed.data.email);
  if (problem) {
    console.error(`password: ${problem}`);
    process.exit(2);
  }
  const handle = await openConfiguredDatabase();
  try {
    await prepareDatabase(handle, "never");
    const f = parsed.data;
    const [row] = await handle.db
      .insert(users)
      .values({
        email: f.email,
        name: f.name,
        role: "admin",
        jurisdiction: f.jurisdiction ?? "64",
        passwordHash: await hashPassword(f.password),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!row) {
      const [existing] = await handle.db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(sql`lower(${users.email}) = ${f.email}`);
      console.error(existing?.n ? `A user with email ${f.email} already exists.` : "The admin could not be created.");
      process.exit(1);
    }
    await recordAudit(handle.db, {
      actorId: null,
      action: "user.create",
      targetType: "user",
      targetId: row.id,
      details: { email: f.email, role: "admin", via: "cli" },
    });
    console.log(`Admin ${f.email} created for jurisdiction ${f.jurisdiction}.`);
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
