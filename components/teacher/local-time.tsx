"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A date in the reader's own time zone. The server does not know it, so the server's HTML shows UTC and the browser
 * replaces it with local time on hydration.
 */
export function LocalTime({ date, withTime = true }: { date: Date | string; withTime?: boolean }) {
  const iso = typeof date === "string" ? date : date.toISOString();
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" };
  const text = useSyncExternalStore(
    noSubscription,
    () => new Intl.DateTimeFormat(undefined, options).format(new Date(iso)),
    () => new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" }).format(new Date(iso)) + (withTime ? " UTC" : ""),
  );
  return <time dateTime={iso}>{text}</time>;
}
