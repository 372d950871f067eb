import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    generation?: number;
    sessionId?: string;
  }
  interface Session {
    generation?: number;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    generation?: number;
    /** The `user_sessions` row of this sign-in. */
    sid?: string;
  }
}
