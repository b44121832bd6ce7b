import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">
        There is nothing at this address, or it belongs to someone else. If someone sent you a link, check it was copied in full.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6 text-slate-800">
        <li>
          <Link href="/" className="text-brand-800 underline">
            Go to the home page
          </Link>
        </li>
        <li>
          <Link href="/join" className="text-brand-800 underline">
            Join a class with a code
          </Link>
        </li>
        <li>
          <Link href="/practice" className="text-brand-800 underline">
            Practise a published quiz
          </Link>
        </li>
      </ul>
    </div>
  );
}
