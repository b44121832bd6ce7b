import type { Metadata } from "next";
import { PasswordForm } from "./password-form";
import { requireStudent } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function PasswordPage() {
  const student = await requireStudent();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold">Choose a new password</h1>
      <p className="mb-6 text-slate-700">
        {student.mustChangePassword
          ? "Your teacher gave you a temporary password. Choose your own before you continue."
          : "Change the password you sign in with."}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <PasswordForm askCurrent={!student.mustChangePassword} />
      </div>
    </div>
  );
}
