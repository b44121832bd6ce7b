import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Teacher dashboard" };

export default async function TeacherDashboard() {
  const teacher = await requireTeacher();
  return (
    <>
      <PageHeader title="Your classes" description={`Welcome, ${teacher.name}.`} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        <h2 className="text-lg font-semibold text-slate-900">No classes yet</h2>
        <p className="mt-1">When you create a class, its join code and assignments appear here.</p>
      </div>
    </>
  );
}
