import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    generation?: number;
  }
  interface Session {
    generation?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    generation?: number;
  }
}
