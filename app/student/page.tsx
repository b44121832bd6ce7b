import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireStudent } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your classes" };

export default async function StudentDashboard() {
  const student = await requireStudent();
  return (
    <>
      <PageHeader title="Your classes" description={`Hi, ${student.name}.`} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        <h2 className="text-lg font-semibold text-slate-900">No assignments yet</h2>
        <p className="mt-1">
          Joined a new class? <Link href="/join" className="text-brand-800 underline">Enter its code</Link>.
        </p>
      </div>
    </>
  );
}
