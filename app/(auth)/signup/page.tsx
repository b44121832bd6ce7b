import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "./signup-form";
import { currentUser, homeFor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Create a teacher account" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Create a teacher account</h1>
      <p className="mb-6 text-slate-700">
        Students do not need an account here: they join with your class code.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <SignUpForm />
      </div>
      <p className="mt-6 text-slate-700">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-brand-800 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
