import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function LandingPage() {
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="hero" className="max-w-3xl">
        <h1 id="hero" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Turn today’s news into a civics quiz
        </h1>
        <p className="mt-3 text-lg text-slate-700">
          Quorum reads an article and writes questions about its facts, each with the sentence that proves the answer.
          Teachers review and assign them; students answer on any device.
        </p>
      </section>

      <section aria-label="Ways in" className="grid gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="text-xl font-semibold">I’m a teacher</h2>
          <p className="text-slate-700">Create classes, turn articles into quizzes and see how your class did.</p>
          <div className="mt-auto flex flex-wrap gap-2">
            <Link href="/signup" className={buttonClass("primary")}>
              Create account
            </Link>
            <Link href="/signin" className={buttonClass("secondary")}>
              Sign in
            </Link>
          </div>
        </div>

        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="text-xl font-semibold">I’m a student</h2>
          <p className="text-slate-700">Your teacher gives you a class code. No email needed.</p>
          <form action="/join" method="get" className="mt-auto flex flex-col gap-2">
            <label htmlFor="landing-code" className="font-medium">
              Class code
            </label>
            <div className="flex gap-2">
              <input
                id="landing-code"
                name="code"
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={12}
                className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 px-3 py-2 font-mono uppercase tracking-widest"
              />
              <button type="submit" className={buttonClass("primary")}>
                Join
              </button>
            </div>
            <p className="text-sm text-slate-600">
              Already joined?{" "}
              <Link href="/signin" className="font-medium text-brand-800 underline">
                Sign in
              </Link>
            </p>
          </form>
        </div>

        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="text-xl font-semibold">Just practising</h2>
          <p className="text-slate-700">Try any published quiz on your own, with instant feedback. No account needed.</p>
          <div className="mt-auto">
            <Link href="/practice" className={buttonClass("secondary")}>
              Browse practice quizzes
            </Link>
          </div>
        </div>
      </section>
    </div>
  );
}
