"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  className = "",
  pending: pendingProp,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** For forms submitted through a transition (useFormAction), where useFormStatus does not see the submission. */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, className)}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
