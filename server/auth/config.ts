import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { decode, encode } from "next-auth/jwt";
import { getAppDatabase } from "@/server/db";
import { signInSchema } from "@/server/users/users.schemas";
import { verifyCredentials, type SignInFailure } from "./credentials";
import { clientIp } from "./request-ip";
import { getAuthSecret } from "./secret";
import { isSessionId, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { cachedJwt } from "./token-cache";
import { claimsFromCookies } from "./session-cookie";
import type { SessionClaims } from "./viewer";

/** The reason travels to the sign-in form as `code`: `invalid`, `inactive` or `throttled.<seconds>`. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure, retryAfterSeconds?: number) {
    super();
    this.code = reason === "throttled" ? `throttled.${retryAfterSeconds ?? 60}` : reason;
  }
}

// One per process: the token maps must outlive the request (the config below is built per request).
const jwt = cachedJwt({ decode, encode });

export const { handlers, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt,
  pages: { signIn: "/sign-in" },
  logger: {
    // A refused sign-in is an expected answer (and is in the audit log), not a server error.
    error(error: Error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const db = await getAppDatabase();
        const result = await verifyCredentials(db, {
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) throw new SignInRefused(result.reason, result.retryAfterSeconds);
        return { id: result.claims.userId, generation: result.claims.generation, sessionId: result.claims.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.generation = user.generation;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only the claims travel; the viewer is read fresh from the database on every request.
      return { ...session, user: { ...session.user, id: token.sub ?? "" }, generation: token.generation, sessionId: token.sid };
    },
  },
  events: {
    // Clearing the cookie is not enough: a copy of the token would work until it expires (V4).
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (isSessionId(sid)) await revokeSession(await getAppDatabase(), sid);
    },
  },
}));

/**
 * The current request's session claims, or null when signed out. A token without a session id is
 * refused. Read straight from the cookie with Auth.js's own decode (see session-cookie.ts); the
 * session row behind it is checked by resolveViewer on every request.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  return claimsFromCookies((name) => jar.get(name)?.value, getAuthSecret(), jwt.decode);
}
