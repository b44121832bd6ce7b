import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth/guards";
import { getClass } from "@/lib/data/classes";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = { title: "Join code" };

/** Big enough to read from the back of a classroom. */
export default async function ProjectorCodePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher();
  const klass = await getClass(teacher, classId);
  if (!klass) notFound();
  const origin = await requestOrigin();
  return (
    <div className="flex flex-col items-center gap-6 py-6 text-center">
      <h1 className="text-2xl font-bold sm:text-4xl">Join {klass.name}</h1>
      <p className="text-xl sm:text-3xl">
        Go to <span className="font-semibold break-all">{origin}/join</span> and enter
      </p>
      <p
        className="font-mono text-6xl font-bold tracking-[0.2em] text-brand-900 sm:text-9xl"
      >
        {klass.joinCode}
      </p>
      <Link href={`/teacher/classes/${klass.id}`} className="text-brand-800 underline">
        Back to {klass.name}
      </Link>
    </div>
  );
}
