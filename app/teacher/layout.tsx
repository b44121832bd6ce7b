import Link from "next/link";

const LINKS = [
  { href: "/teacher", label: "Classes" },
  { href: "/teacher/articles", label: "Articles" },
  { href: "/teacher/sets", label: "Question sets" },
];

// No prefetching: every prefetch of a /teacher page passes proxy.ts, whose Auth.js wrapper re-sends the session
// cookie, so one still in flight when the teacher signs out would sign them back in.
export default function TeacherLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <nav aria-label="Teacher" className="mb-6 print:hidden">
        <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-3">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} prefetch={false} className="rounded-md px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
