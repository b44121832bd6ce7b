import Link from "next/link";
import { buttonClass } from "./button";

/**
 * What an empty list says: what is missing, what to do next, and (when there is one) the way to do it.
 * Every empty list in the app uses this, so they all read alike.
 */
export function EmptyState({
  title,
  children,
  action,
  headingLevel = 2,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  action?: { href: string; label: string };
  headingLevel?: 2 | 3;
  testId?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid={testId ?? "empty-state"}>
      <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
      <div className="mt-1">{children}</div>
      {action ? (
        <p className="mt-3">
          <Link href={action.href} prefetch={false} className={buttonClass("secondary")}>
            {action.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
