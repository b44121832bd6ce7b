"use client";
import { useCallback, useState } from "react";

/**
 * One polite live region per screen: short messages ("Saved", "Correct. The answer is: …") instead of whole panels
 * read out. Saying the same message twice still announces it (a no-break space alternates at the end).
 */
export function useAnnouncer() {
  const [said, setSaid] = useState({ text: "", n: 0 });
  const announce = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
  return { message: said.text ? `${said.text}${said.n % 2 ? "\u00a0" : ""}` : "", announce };
}

export function LiveRegion({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="announcer">
      {message}
    </p>
  );
}
