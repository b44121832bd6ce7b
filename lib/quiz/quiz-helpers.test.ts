import { describe, expect, it } from "vitest";
import { isCorrectAnswer, normaliseAnswer } from "./answers";
import { evidenceInParagraph, locateEvidence, markArticle } from "./evidence";
import { assignmentStatus, attemptDeadline, canStartAttempt, resultsVisible } from "./feedback";
import { emptyQueue, isEmptyQueue, parseQueue, withAnswer, withoutAnswer, withoutProgress, withProgress } from "./offline-queue";
import { projectQuestionForStudent } from "./projection";
import { seededShuffle } from "./shuffle";

describe("seededShuffle", () => {
  const items = Array.from({ length: 20 }, (_, i) => `q${i}`);

  it("gives the same order for the same seed and leaves the input alone", () => {
    const copy = items.slice();
    expect(seededShuffle(items, "student:assignment:1")).toEqual(seededShuffle(items, "student:assignment:1"));
    expect(items).toEqual(copy);
  });

  it("is a permutation, and another seed gives another order", () => {
    const a = seededShuffle(items, "seed-a");
    expect([...a].sort()).toEqual([...items].sort());
    expect(a).not.toEqual(items);
    expect(seededShuffle(items, "seed-b")).not.toEqual(a);
  });

  it("handles empty and single lists", () => {
    expect(seededShuffle([], "x")).toEqual([]);
    expect(seededShuffle(["only"], "x")).toEqual(["only"]);
  });
});

describe("projectQuestionForStudent", () => {
  const row = {
    id: "q1",
    type: "multiple_choice" as const,
    prompt: "Who met Xi Jinping?",
    choices: ["Blinken", "Wang Yi", "Biden", "Harris"],
    answer: "Blinken",
    correct: true,
    explanation: "The article says Blinken met Xi.",
    evidence: "Blinken met Xi Jinping in Beijing.",
    evidenceStart: 10,
  };

  it("copies only id, type, prompt and choices: no answer, correct flag, explanation or evidence", () => {
    const projected = projectQuestionForStudent(row);
    expect(Object.keys(projected).sort()).toEqual(["choices", "id", "prompt", "type"]);
    const json = JSON.stringify(projected);
    for (const secret of ["answer", "correct", "explanation", "evidence", "The article says", "in Beijing."]) expect(json).not.toContain(secret);
  });

  it("puts the choices in this attempt's order, keeping any the order does not know", () => {
    expect(projectQuestionForStudent(row, ["Harris", "Blinken"]).choices).toEqual(["Harris", "Blinken", "Wang Yi", "Biden"]);
    expect(projectQuestionForStudent(row, ["Not a choice", "Biden"]).choices).toEqual(["Biden", "Blinken", "Wang Yi", "Harris"]);
  });
});

describe("answers", () => {
  it("a choice must match exactly; a typed answer matches after normalising", () => {
    expect(isCorrectAnswer({ answer: "Beijing", choices: ["Beijing", "Shanghai"] }, "Beijing")).toBe(true);
    expect(isCorrectAnswer({ answer: "Beijing", choices: ["Beijing", "Shanghai"] }, "beijing")).toBe(false);
    expect(isCorrectAnswer({ answer: "Wang Yi", choices: [] }, "  wang   yi. ")).toBe(true);
    expect(normaliseAnswer("Xi’s")).toBe("xi's");
  });
});

describe("evidence", () => {
  const text = "First paragraph.\n\nBlinken met Xi. They talked for hours.\n\nLast one.";

  it("uses the stored offset when it still matches, else finds the sentence", () => {
    const start = text.indexOf("They talked");
    expect(locateEvidence(text, "They talked for hours.", start)).toEqual({ start, end: start + 22 });
    expect(locateEvidence(text, "They talked for hours.", 0)).toEqual({ start, end: start + 22 });
    expect(locateEvidence(text, "Not in the article.", null)).toBeNull();
  });

  it("splits the paragraph around the evidence", () => {
    expect(evidenceInParagraph(text, "They talked for hours.", null)).toEqual({ before: "Blinken met Xi. ", evidence: "They talked for hours.", after: "" });
    expect(evidenceInParagraph("One line.\nTwo here. Three.\nFour.", "Two here.", null)).toEqual({ before: "", evidence: "Two here.", after: " Three." });
  });

  it("cuts the context of an article that is one long line", () => {
    const long = `${"word ".repeat(200)}The evidence. ${"more ".repeat(200)}`;
    const p = evidenceInParagraph(long, "The evidence.", null)!;
    expect(p.evidence).toBe("The evidence.");
    expect(p.before.startsWith("…word")).toBe(true);
    expect(p.before.length).toBeLessThan(300);
    expect(p.after.endsWith("more…")).toBe(true);
    expect(p.after.length).toBeLessThan(300);
  });

  it("marks the whole article, merging two questions on one sentence", () => {
    const s = text.indexOf("Blinken");
    const segments = markArticle(text, [
      { start: s, end: s + 15, question: 2 },
      { start: s, end: s + 15, question: 1 },
    ]);
    expect(segments.map((x) => x.text).join("")).toBe(text);
    expect(segments.filter((x) => x.questions.length)).toEqual([{ text: "Blinken met Xi.", questions: [1, 2] }]);
  });
});

describe("assignment timing", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  const hour = 60 * 60 * 1000;

  it("the deadline is the time limit or the due date, whichever comes first", () => {
    const due = new Date(now.getTime() + hour);
    expect(attemptDeadline(now, 30, due)).toEqual(new Date(now.getTime() + 30 * 60_000));
    expect(attemptDeadline(now, 90, due)).toEqual(due);
    expect(attemptDeadline(now, null, null)).toBeNull();
  });

  it("a quiz can start only while open, before its due date and with attempts left", () => {
    const open = { opensAt: null, dueAt: new Date(now.getTime() + hour), attemptsAllowed: 2 };
    expect(canStartAttempt(open, [], now)).toBe(true);
    expect(canStartAttempt({ ...open, opensAt: new Date(now.getTime() + hour) }, [], now)).toBe(false);
    expect(canStartAttempt({ ...open, dueAt: new Date(now.getTime() - 1) }, [], now)).toBe(false);
    expect(canStartAttempt(open, [{ submittedAt: now }, { submittedAt: now }], now)).toBe(false);
    expect(canStartAttempt(open, [{ submittedAt: null }], now)).toBe(false);
  });

  it("status: opens later, not started, in progress, submitted, overdue", () => {
    const a = { opensAt: null, dueAt: new Date(now.getTime() + hour) };
    expect(assignmentStatus({ ...a, opensAt: new Date(now.getTime() + hour) }, [], now)).toBe("opens_later");
    expect(assignmentStatus(a, [], now)).toBe("not_started");
    expect(assignmentStatus(a, [{ submittedAt: null }], now)).toBe("in_progress");
    expect(assignmentStatus(a, [{ submittedAt: now }], now)).toBe("submitted");
    expect(assignmentStatus({ ...a, dueAt: new Date(now.getTime() - 1) }, [], now)).toBe("overdue");
    // Past due when the student joined the class: never theirs to take, so not overdue.
    const past = { ...a, dueAt: new Date(now.getTime() - 2 * hour) };
    expect(assignmentStatus(past, [], now, new Date(now.getTime() - hour))).toBe("closed_before_joined");
    expect(assignmentStatus(past, [], now, new Date(now.getTime() - 3 * hour))).toBe("overdue");
    expect(assignmentStatus(past, [{ submittedAt: past.dueAt }], now, new Date(now.getTime() - hour))).toBe("submitted");
  });

  it("AFTER_DUE results wait for the due date; the others show once submitted", () => {
    const due = new Date(now.getTime() + hour);
    expect(resultsVisible({ feedback: "AFTER_DUE", dueAt: due }, { submittedAt: now }, now)).toBe(false);
    expect(resultsVisible({ feedback: "AFTER_DUE", dueAt: due }, { submittedAt: now }, new Date(due.getTime() + 1))).toBe(true);
    expect(resultsVisible({ feedback: "AFTER_SUBMIT", dueAt: due }, { submittedAt: now }, now)).toBe(true);
    expect(resultsVisible({ feedback: "AFTER_EACH", dueAt: null }, { submittedAt: null }, now)).toBe(false);
  });
});

describe("offline answer queue", () => {
  it("keeps the latest answer per question and survives a round trip through storage", () => {
    let q = withAnswer(withAnswer(emptyQueue(), "q1", "A"), "q1", "B");
    q = withProgress(q, { currentIndex: 3, flagged: ["q2"] });
    expect(parseQueue(JSON.stringify(q))).toEqual({ answers: { q1: "B" }, progress: { currentIndex: 3, flagged: ["q2"] } });
  });

  it("drops an answer once sent, unless it changed while on its way", () => {
    const q = withAnswer(emptyQueue(), "q1", "B");
    expect(withoutAnswer(q, "q1", "A")).toBe(q);
    expect(isEmptyQueue(withoutAnswer(q, "q1", "B"))).toBe(true);
    const p = withProgress(emptyQueue(), { currentIndex: 1, flagged: [] });
    expect(withoutProgress(p, { currentIndex: 2, flagged: [] })).toBe(p);
    expect(isEmptyQueue(withoutProgress(p, { currentIndex: 1, flagged: [] }))).toBe(true);
  });

  it("treats damaged storage as empty", () => {
    expect(parseQueue("{not json")).toEqual(emptyQueue());
    expect(parseQueue(JSON.stringify({ answers: { q1: 5, q2: "ok" }, progress: { currentIndex: "x" } }))).toEqual({ answers: { q2: "ok" }, progress: null });
  });
});
