"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

/** Disabled while its form is submitting, so a double click sends one request. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  className = "",
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, className)}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
