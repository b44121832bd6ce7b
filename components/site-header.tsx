import Link from "next/link";
import { currentUser } from "@/lib/auth/guards";
import { signOutAction } from "@/app/(auth)/actions";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:py-3">
        <Link href={user ? (user.role === "TEACHER" ? "/teacher" : "/student") : "/"} className="mr-auto inline-flex items-center gap-2 text-xl font-bold text-brand-800">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG: nothing for next/image to optimise */}
          <img src="/logo.svg" alt="" width={28} height={28} className="size-7" />
          Quorum
        </Link>
        <Link href="/practice" className="rounded px-2 py-1 text-slate-700 underline-offset-4 hover:underline">
          Practice
        </Link>
        {user ? (
          <>
            {/* On a phone the quiz needs the height: the name shows from the small-tablet width up. */}
            <span className="hidden text-sm text-slate-600 sm:inline">
              Signed in as <span className="font-medium text-slate-900">{user.name}</span>
            </span>
            <Link href="/account" className="rounded px-2 py-1 text-sm text-slate-700 underline-offset-4 hover:underline">
              Account
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/join" className="rounded px-2 py-1 text-slate-700 underline-offset-4 hover:underline">
              Join a class
            </Link>
            <Link href="/signin" className="rounded bg-brand-700 px-3 py-1 text-white hover:bg-brand-800">
              Sign in
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
