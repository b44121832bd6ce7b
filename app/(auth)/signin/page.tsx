import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "./signin-form";
import { Notice } from "@/components/ui/notice";
import { currentUser, homeFor } from "@/lib/auth/guards";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string | string[] }> }) {
  const { callbackUrl, signedOut } = await searchParams;
  const target = safeCallbackUrl(callbackUrl, "");
  const user = await currentUser();
  if (user) redirect(target || homeFor(user.role));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-700">
        {target ? "Sign in to continue where you were going." : "Welcome back to Quorum."}
      </p>
      {signedOut === "everywhere" ? (
        <div className="mb-4">
          <Notice tone="success">You are signed out on every device and browser.</Notice>
        </div>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <SignInForm callbackUrl={target || undefined} />
      </div>
      <ul className="mt-6 space-y-2 text-slate-700">
        <li>
          New teacher?{" "}
          <Link href="/signup" className="font-medium text-brand-800 underline">
            Create a teacher account
          </Link>
        </li>
        <li>
          Student with a class code?{" "}
          <Link href="/join" className="font-medium text-brand-800 underline">
            Join your class
          </Link>
        </li>
      </ul>
    </div>
  );
}
