/** A message about the whole form or page. Errors are announced at once; other notices politely. */
export function Notice({
  tone = "info",
  children,
  id,
  formMessage = false,
}: {
  tone?: "info" | "error" | "success";
  children: React.ReactNode;
  id?: string;
  /** A form's own message: focusable, and where useFormAction puts focus after a refused submission. */
  formMessage?: boolean;
}) {
  const styles = {
    info: "border-sky-300 bg-sky-50 text-sky-900",
    error: "border-red-300 bg-red-50 text-red-900",
    success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  }[tone];
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      tabIndex={formMessage ? -1 : undefined}
      data-form-message={formMessage || undefined}
      className={`rounded-md border px-4 py-3 ${styles}`}
    >
      {children}
    </div>
  );
}
