"use client";
import { useEffect, useState } from "react";

export function formatRemaining(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * The countdown to an attempt's deadline, corrected for a wrong clock by the server's time. The server enforces
 * the deadline; this only shows it (and lets the runner submit when it passes).
 */
export function useCountdown(deadlineAt: string | null, serverNow: string) {
  const [clockOffset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const deadline = deadlineAt ? new Date(deadlineAt).getTime() : null;
  useEffect(() => {
    if (deadline === null) return;
    const tick = window.setInterval(() => setNow(Date.now() + clockOffset), 1000);
    return () => window.clearInterval(tick);
  }, [clockOffset, deadline]);
  const remaining = deadline === null ? null : deadline - now;
  const minutesLeft = remaining === null ? null : Math.ceil(remaining / 60_000);
  return {
    remaining,
    expired: remaining !== null && remaining <= 0,
    warning: minutesLeft === 5 ? "5 minutes left." : minutesLeft === 1 ? "1 minute left." : "",
  };
}
