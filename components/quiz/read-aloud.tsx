"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Reads the question and its choices with the browser's own voice; not shown where speech is unsupported. */
export function ReadAloudButton({ text }: { text: string }) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => "speechSynthesis" in window,
    () => false,
  );
  if (!supported) return null;
  return (
    <button
      type="button"
      onClick={() => {
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
      }}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
    >
      Read aloud
    </button>
  );
}

export function spokenQuestion(prompt: string, choices: string[]) {
  return [prompt, ...choices.map((c, i) => `${LETTERS[i] ?? i + 1}: ${c}`)].join(". ");
}

export const LETTERS = ["A", "B", "C", "D", "E", "F"];
