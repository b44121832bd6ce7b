"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const OPTIONS: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" };

/** A date in the reader's own time zone (the server renders UTC, then the browser its local time). */
export function LocalTime({ iso }: { iso: string }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = inBrowser
    ? date.toLocaleString(undefined, OPTIONS)
    : `${date.toLocaleString("en-US", { ...OPTIONS, timeZone: "UTC" })} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
