import type { Metadata } from "next";
import Link from "next/link";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-bold">Your account</h1>
      <p className="mb-6 text-slate-700">
        Signed in as <span className="font-medium text-slate-900">{user.name}</span> ({user.role === "TEACHER" ? "teacher" : "student"}).
      </p>

      {user.role === "STUDENT" ? (
        <section aria-labelledby="password-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="password-heading" className="mb-2 text-xl font-semibold">
            Password
          </h2>
          <p className="mb-3 text-slate-700">Changing your password also signs you out on every other device.</p>
          <Link href="/student/password" className="font-medium text-brand-800 underline">
            Change your password
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="everywhere-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="everywhere-heading" className="mb-2 text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p className="mb-4 text-slate-700">
          Ends your session on every device and browser, this one too. Use it if you stayed signed in on a shared computer
          or think someone else is using your account.
        </p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary" pendingText="Signing out…">
            Sign out everywhere
          </SubmitButton>
        </form>
      </section>
    </div>
  );
}
