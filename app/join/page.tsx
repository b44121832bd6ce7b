import type { Metadata } from "next";
import Link from "next/link";
import { ExistingStudentForm, NewStudentForm, SignedInJoinForm } from "./join-forms";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { currentUser } from "@/lib/auth/guards";
import { findClassByCode, JOIN_MESSAGES } from "@/lib/data/students";
import { normaliseJoinCode } from "@/lib/join-code";

export const metadata: Metadata = { title: "Join a class" };

/** Step 1: the code (pre-filled from a teacher's link). Step 2: who is joining (new, existing or signed-in student). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code: rawCode } = await searchParams;
  const typed = typeof rawCode === "string" ? rawCode.slice(0, 40) : "";
  const code = normaliseJoinCode(typed);
  const [user, lookup] = await Promise.all([currentUser(), code ? findClassByCode(code) : null]);

  if (!lookup?.ok) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-2 text-3xl font-bold">Join a class</h1>
        <p className="mb-6 text-slate-700">Enter the code your teacher gave you. No email needed.</p>
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <form action="/join" method="get" className="flex flex-col gap-4">
            {typed && lookup && !lookup.ok ? <Notice tone="error">{JOIN_MESSAGES[lookup.reason]}</Notice> : null}
            {typed && !code ? <Notice tone="error">{JOIN_MESSAGES.not_found}</Notice> : null}
            <div className="flex flex-col gap-1">
              <label htmlFor="join-code" className="font-medium">
                Class code
              </label>
              <input
                id="join-code"
                name="code"
                required
                defaultValue={typed}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={12}
                aria-invalid={typed ? true : undefined}
                className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-lg uppercase tracking-widest"
              />
            </div>
            <button type="submit" className={buttonClass("primary")}>
              Continue
            </button>
          </form>
        </div>
      </div>
    );
  }

  const klass = lookup.klass;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold">Join {klass.name}</h1>
      <p className="mb-6 text-slate-700">
        Teacher: {klass.teacherName} · code <span className="font-mono font-semibold">{klass.joinCode}</span>.{" "}
        <Link href="/join" className="text-brand-800 underline">
          Use a different code
        </Link>
      </p>
      {user?.role === "TEACHER" ? (
        <Notice tone="error">{JOIN_MESSAGES.teacher}</Notice>
      ) : user ? (
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <p className="mb-4">You are signed in as {user.name}.</p>
          <SignedInJoinForm code={klass.joinCode} className={klass.name} />
        </div>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="new-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="new-heading" className="mb-4 text-xl font-semibold">
              New to Quorum
            </h2>
            <NewStudentForm code={klass.joinCode} />
          </section>
          <section aria-labelledby="existing-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="existing-heading" className="mb-4 text-xl font-semibold">
              I already have a student account
            </h2>
            <ExistingStudentForm code={klass.joinCode} />
          </section>
        </div>
      )}
    </div>
  );
}
