"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

const EVERY_MS = 5000;
const MAX_WAIT_MS = 30_000;

/**
 * Keeps the results page current while a class is taking the quiz: asks the server every few seconds whether anything
 * changed (only while the tab is visible) and re-renders the page when it did. The next check waits until that
 * re-render is on screen (docs/decisions/029): with a class of 300 and many teachers watching a re-render can take
 * longer than the 5-s tick, and refreshes must not pile up on the server. The summary is read out politely, without
 * moving focus.
 */
export function ResultsPoller({ assignmentId, version, summary }: { assignmentId: string; version: string; summary: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const known = useRef(version);
  const refreshed = useRef<(() => void) | null>(null);
  useEffect(() => {
    known.current = version;
  }, [version]);
  useEffect(() => {
    // The transition of the refresh has ended: its page is shown (or it failed and the router moved on).
    if (!refreshing && refreshed.current) {
      refreshed.current();
      refreshed.current = null;
    }
  }, [refreshing]);
  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    let checking = false;
    async function check() {
      if (checking) return;
      checking = true;
      if (document.visibilityState === "visible") {
        try {
          const res = await fetch(`/api/teacher/assignments/${assignmentId}/version`, { cache: "no-store" });
          if (res.ok) {
            const body = (await res.json()) as { version: string };
            if (body.version !== known.current) {
              known.current = body.version;
              await new Promise<void>((resolve) => {
                // Never wait forever: were the transition to end without this component seeing it pending, polling
                // would stop for good. A refresh slower than this is let overlap with the next check.
                const fallback = window.setTimeout(resolve, MAX_WAIT_MS);
                refreshed.current = () => {
                  window.clearTimeout(fallback);
                  resolve();
                };
                startRefresh(() => router.refresh());
              });
            }
          }
        } catch {
          // Offline for a moment: try again at the next tick.
        }
      }
      checking = false;
      if (!stopped) timer = window.setTimeout(check, EVERY_MS);
    }
    timer = window.setTimeout(check, EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        window.clearTimeout(timer);
        void check();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [assignmentId, router]);
  return (
    <p aria-live="polite" className="text-sm text-slate-600">
      {summary} Updates automatically.
    </p>
  );
}
