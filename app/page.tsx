import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * A question as students see it after answering, written out here as plain text (nothing generated or typed by a
 * user is rendered on this page). From the Constitution, which is public domain and is the set visitors practise.
 */
const EXAMPLE = {
  type: "Multiple choice",
  prompt: "Under Article I of the Constitution, who holds all legislative powers granted by it?",
  choices: ["The President of the United States", "A Congress of the United States", "The Supreme Court", "The governors of the states"],
  answer: "A Congress of the United States",
  chosen: "A Congress of the United States",
  before: "",
  evidence: "All legislative Powers herein granted shall be vested in a Congress of the United States, which shall consist of a Senate and House of Representatives.",
  after: " Section. 2. The House of Representatives shall be composed of Members chosen every second Year by the People of the several States…",
  source: "The Constitution of the United States, Article I, Section 1",
};

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
      <section aria-labelledby="example-heading" className="max-w-3xl" data-testid="example-question">
        <h2 id="example-heading" className="text-xl font-semibold">
          What a question looks like
        </h2>
        <p className="mt-1 text-slate-700">Every answer comes with the sentence from the text that proves it, so students check the source, not just the score.</p>
        <figure className="mt-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <figcaption className="text-sm font-medium text-slate-600">Example · {EXAMPLE.type}</figcaption>
          <p className="mt-1 text-lg font-semibold">{EXAMPLE.prompt}</p>
          <ol className="mt-3 flex flex-col gap-2">
            {EXAMPLE.choices.map((choice, i) => (
              <li
                key={choice}
                className={`flex flex-wrap items-center gap-x-2 rounded-md border px-3 py-2 ${choice === EXAMPLE.answer ? "border-emerald-700 bg-emerald-50" : "border-slate-300"}`}
              >
                <span className="font-mono font-semibold text-slate-600">{String.fromCharCode(65 + i)}.</span>
                <span>{choice}</span>
                {choice === EXAMPLE.answer ? <span className="font-semibold text-emerald-900">✓ Correct answer{choice === EXAMPLE.chosen ? ", your choice" : ""}</span> : null}
              </li>
            ))}
          </ol>
          <p className="mt-3 font-semibold text-emerald-900">
            <span aria-hidden="true">✓ </span>Correct
          </p>
          <p className="mt-2 text-sm font-medium text-slate-700">The evidence, from {EXAMPLE.source}:</p>
          <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-slate-800">
            {EXAMPLE.before}
            <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">{EXAMPLE.evidence}</mark>
            {EXAMPLE.after}
          </blockquote>
        </figure>
      </section>
    </div>
  );
}
