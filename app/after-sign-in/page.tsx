import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/guards";

/** Sign-in lands here when no page asked for it, and goes on to the user's own home. */
export default async function AfterSignIn() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
