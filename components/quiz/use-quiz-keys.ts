"use client";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { LETTERS } from "./read-aloud";

const SETTING_KEY = "quorum:letter-shortcuts";
const SETTING_EVENT = "quorum:letter-shortcuts";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(SETTING_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(SETTING_EVENT, onChange);
  };
}

function readSetting() {
  try {
    return localStorage.getItem(SETTING_KEY) !== "off";
  } catch {
    return true;
  }
}

/**
 * Whether single-key shortcuts (A–D, 1–4) choose answers. WCAG 2.1.4: a student can turn them off (speech input
 * types letters too); the choice is remembered in this browser.
 */
export function useLetterShortcuts(): [boolean, (on: boolean) => void] {
  const enabled = useSyncExternalStore(subscribe, readSetting, () => true);
  const setEnabled = useCallback((on: boolean) => {
    try {
      if (on) localStorage.removeItem(SETTING_KEY);
      else localStorage.setItem(SETTING_KEY, "off");
    } catch {
      // Storage refused: the setting lasts until the page is left.
    }
    window.dispatchEvent(new Event(SETTING_EVENT));
  }, []);
  return [enabled, setEnabled];
}

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [contenteditable], [role="button"], [role="radio"], [role="checkbox"], [role="link"]';

/** Marks the element that holds a question's choices: the letter keys act inside it. */
export const CHOICE_LIST_ATTR = "data-choice-list";

/**
 * The quiz's keys, on the document:
 * - letters and digits pick the n-th choice, only when focus is in the choice list or on nothing interactive
 *   (the page, a heading), never on a button, link or text field, and not at all when turned off;
 * - ← and → move between questions only when focus is on nothing interactive: on a choice they are the radio
 *   group's own keys (move between choices).
 */
export function useQuizKeys({
  choices,
  lettersOn,
  onPick,
  onPrevious,
  onNext,
}: {
  choices: string[] | null;
  lettersOn: boolean;
  onPick: (choice: string) => void;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const inChoices = Boolean(target?.closest(`[${CHOICE_LIST_ATTR}]`));
      const interactive = Boolean(target?.closest(INTERACTIVE));
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        if (interactive || inChoices) return;
        const move = e.key === "ArrowRight" ? onNext : onPrevious;
        if (!move) return;
        e.preventDefault();
        move();
        return;
      }
      if (!lettersOn || !choices || (interactive && !inChoices)) return;
      if (target instanceof HTMLInputElement && target.type !== "radio") return;
      const key = e.key.toUpperCase();
      const pick = /^[1-9]$/.test(key) ? Number(key) - 1 : key.length === 1 ? LETTERS.indexOf(key) : -1;
      if (pick >= 0 && pick < choices.length) {
        e.preventDefault();
        onPick(choices[pick]);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [choices, lettersOn, onNext, onPick, onPrevious]);
}
