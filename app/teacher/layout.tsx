import Link from "next/link";

const LINKS = [
  { href: "/teacher", label: "Classes" },
  { href: "/teacher/articles", label: "Articles" },
  { href: "/teacher/sets", label: "Question sets" },
];

export default function TeacherLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <nav aria-label="Teacher" className="mb-6 print:hidden">
        <ul className="flex flex-wrap gap-2 border-b border-slate-200 pb-3">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="rounded-md px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
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
