import { execFileSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { sqliteFilePath } from "@/lib/env-db";
import { bankIsStale, questionRowsFromEngine } from "@/lib/question-rows";
import { cleanArticleText, ENGINE_VERSION, generateQuestions } from "@/lib/questions";
import { createArticle } from "./articles";
import { addBankQuestion, createSetFromArticle, DEFAULT_SET_SIZE, getSetForEditor, regenerateSet } from "./question-sets";

/** A practice attempt committed on a connection of its own, synchronously (SQLite: a second handle; PostgreSQL: a child process). */
function insertOnOwnConnection(id: string, studentId: string, setId: string) {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const other = new Database(sqliteFilePath(url));
    other.prepare(`INSERT INTO "Attempt" ("id", "kind", "studentId", "setId", "updatedAt") VALUES (?, 'PRACTICE', ?, ?, ?)`).run(id, studentId, setId, Date.now());
    other.close();
    return;
  }
  const script = `
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.URL });
    c.connect()
      .then(() => c.query(\`INSERT INTO "Attempt" ("id", "kind", "studentId", "setId", "updatedAt") VALUES ($1, 'PRACTICE', $2, $3, now())\`, JSON.parse(process.env.ARGS)))
      .then(() => c.end(), (e) => { console.error(e); process.exit(1); });`;
  execFileSync(process.execPath, ["-e", script], { env: { ...process.env, URL: url, ARGS: JSON.stringify([id, studentId, setId]) }, stdio: "pipe" });
}

// The real engine, only watched: every call goes through to it, and the tests count how often the data layer calls it.
vi.mock("@/lib/questions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/questions")>();
  return { ...real, generateQuestions: vi.fn(real.generateQuestions) };
});

/** How many times the question engine ran during `work`. */
async function engineRunsDuring(work: () => Promise<unknown>) {
  const spy = vi.mocked(generateQuestions);
  const before = spy.mock.calls.length;
  await work();
  return spy.mock.calls.length - before;
}

/** A stored bank question the set does not have yet. */
async function bankItemNotInSet(setId: string) {
  const inSet = new Set((await db.question.findMany({ where: { setId }, select: { engineId: true } })).map((q) => q.engineId));
  return (await storedBank(setId)).find((q) => !inSet.has(q.engineId))!;
}

const fixture = (name: string) => cleanArticleText(fs.readFileSync(`lib/questions/fixtures/${name}`, "utf8"));
// Two texts whose banks are larger than a set, so the editor has questions left to add.
const MUNICH = cleanArticleText(fs.readFileSync("prisma/sample/blinken-xi-beijing-2024.txt", "utf8"));
const HURRICANE = fixture("13-contingent-election-wikipedia-2019.txt");
/** Text the engine refuses outright (too short): any engine run on it throws. */
const REFUSED = "Too short to quiz.";

let a: { id: string };
let b: { id: string };

async function makeTeacher(tag: string) {
  const s = Math.random().toString(36).slice(2, 8);
  return db.user.create({ data: { role: "TEACHER", displayName: tag, email: `${tag}-${s}@bank.test`, passwordHash: "x" }, select: { id: true } });
}

/** A fresh article and set for teacher A, so each test owns what it changes. */
async function freshSet(text = MUNICH) {
  const article = await createArticle(a, { title: "Munich", source: null, text: text + `\n\nNote ${Math.random().toString(36).slice(2)}.` });
  const set = await createSetFromArticle(a, article.id);
  return { articleId: article.id, setId: set!.id };
}

const storedBank = (setId: string) =>
  db.questionBankItem.findMany({ where: { setId }, orderBy: { rank: "asc" }, select: { id: true, engineId: true, prompt: true, answer: true, choices: true } });

/** Changes the article text behind the set's back (the app never does): whatever the engine made from it before stays. */
const replaceArticleText = (articleId: string, text: string) => db.article.update({ where: { id: articleId }, data: { text } });

beforeAll(async () => {
  a = await makeTeacher("a");
  b = await makeTeacher("b");
});
afterAll(() => db.$disconnect());

// The engine runs several times per test; on a busy two-core machine that takes more than the default 30 s.
describe("the stored question bank", { timeout: 120_000 }, () => {
  it("is made once with the set: the whole engine output, best first, with the engine version; the set starts with its top questions", async () => {
    let made: Awaited<ReturnType<typeof freshSet>> | undefined;
    expect(await engineRunsDuring(async () => (made = await freshSet()))).toBe(1);
    const { articleId, setId } = made!;
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const engine = generateQuestions(article.text, { all: true, seed: "1", title: article.title }).questions;
    const bank = await storedBank(setId);
    expect(bank.map((q) => q.engineId)).toEqual(engine.map((q) => q.id));
    expect(bank[0]).toMatchObject({ prompt: engine[0].prompt, answer: engine[0].answer, choices: JSON.stringify(engine[0].choices) });
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(set).toMatchObject({ seed: "1", bankEngineVersion: ENGINE_VERSION });
    expect(set.bankGeneratedAt).toBeInstanceOf(Date);
    const questions = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const quiz = generateQuestions(article.text, { count: DEFAULT_SET_SIZE, seed: "1", title: article.title }).questions;
    expect(questions.map((q) => q.engineId)).toEqual(quiz.map((q) => q.id));
  });

  it("is what the editor shows, without running the engine: it survives a change the engine would notice", async () => {
    const { articleId, setId } = await freshSet();
    let before: Awaited<ReturnType<typeof getSetForEditor>> = null;
    expect(await engineRunsDuring(async () => (before = await getSetForEditor(a, setId)))).toBe(0);
    expect(before!.bank.length).toBeGreaterThan(0);
    expect(before!.bankInfo).toMatchObject({ engineVersion: ENGINE_VERSION, stale: false });

    // The engine on a different text gives a different bank, so an editor that ran it would show that one.
    await replaceArticleText(articleId, HURRICANE);
    const otherIds = new Set(generateQuestions(HURRICANE, { all: true, seed: "1" }).questions.map((q) => q.id));
    expect(before!.bank.some((q) => otherIds.has(q.engineId))).toBe(false);
    expect((await getSetForEditor(a, setId))!.bank).toEqual(before!.bank);

    // On a text the engine refuses, an engine run would throw; the editor still loads the stored bank.
    await replaceArticleText(articleId, REFUSED);
    expect(() => generateQuestions(REFUSED, { all: true, seed: "1" })).toThrow();
    const after = await getSetForEditor(a, setId);
    expect(after!.bank).toEqual(before!.bank);
    expect(after!.questions).toEqual(before!.questions);
  });

  it("is where 'add from bank' takes its question from, once", async () => {
    const { articleId, setId } = await freshSet();
    const editor = await getSetForEditor(a, setId);
    const pick = editor!.bank[0];
    await replaceArticleText(articleId, REFUSED);
    const stored = await db.questionBankItem.findUniqueOrThrow({ where: { setId_engineId: { setId, engineId: pick.engineId } } });

    expect(await engineRunsDuring(async () => expect(await addBankQuestion(a, setId, pick.engineId)).toBe(true))).toBe(0);
    const added = await db.question.findFirstOrThrow({ where: { setId, engineId: pick.engineId } });
    expect(added).toMatchObject({
      prompt: stored.prompt,
      choices: stored.choices,
      answer: stored.answer,
      evidence: stored.evidence,
      explanation: stored.explanation,
      evidenceStart: stored.evidenceStart,
      origin: "GENERATED",
      position: editor!.questions.length,
    });
    expect(await addBankQuestion(a, setId, pick.engineId)).toBe(false);
    expect(await db.question.count({ where: { setId, engineId: pick.engineId } })).toBe(1);
    // An id the stored bank does not have (another text's question) is refused.
    const foreign = generateQuestions(HURRICANE, { all: true, seed: "1" }).questions[0].id;
    expect(await addBankQuestion(a, setId, foreign)).toBe(false);
    expect((await getSetForEditor(a, setId))!.bank.map((q) => q.engineId)).not.toContain(pick.engineId);
  });

  it("is replaced by Regenerate: a new seed, a new bank from the engine, and the set's questions from it", async () => {
    const { articleId, setId } = await freshSet();
    const oldBank = await storedBank(setId);
    const oldSet = await db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    // Regenerate is the one action that runs the engine again, so it sees the current text.
    await replaceArticleText(articleId, HURRICANE);
    expect(await engineRunsDuring(async () => expect(await regenerateSet(a, setId)).toBe("regenerated"))).toBe(1);

    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(set.seed).not.toBe(oldSet.seed);
    expect(set.bankEngineVersion).toBe(ENGINE_VERSION);
    expect(set.bankGeneratedAt!.getTime()).toBeGreaterThanOrEqual(oldSet.bankGeneratedAt!.getTime());
    const engine = generateQuestions(HURRICANE, { all: true, seed: set.seed }).questions;
    const bank = await storedBank(setId);
    expect(bank.map((q) => q.engineId)).toEqual(engine.map((q) => q.id));
    expect(await db.questionBankItem.count({ where: { id: { in: oldBank.map((q) => q.id) } } })).toBe(0);
    const questions = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const quiz = generateQuestions(HURRICANE, { count: DEFAULT_SET_SIZE, seed: set.seed }).questions;
    expect(questions.map((q) => q.engineId)).toEqual(quiz.map((q) => q.id));
    const editor = await getSetForEditor(a, setId);
    const inSet = new Set(quiz.map((q) => q.id));
    expect(editor!.bank.map((q) => q.engineId)).toEqual(engine.filter((q) => !inSet.has(q.id)).map((q) => q.id));
  });

  it("is not replaced when a student starts the set while Regenerate runs the engine", async () => {
    const { setId } = await freshSet();
    const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `s-${Math.random().toString(36).slice(2)}`, passwordHash: "x" } });
    const questionsBefore = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const bankBefore = await storedBank(setId);
    const setBefore = await db.questionSet.findUniqueOrThrow({ where: { id: setId } });
    // While the engine runs, a practice attempt is committed on a connection of its own (synchronously, so surely first).
    const real = vi.mocked(generateQuestions).getMockImplementation()!;
    vi.mocked(generateQuestions).mockImplementationOnce((...args) => {
      insertOnOwnConnection(`race-${student.id}`, student.id, setId);
      return real(...args);
    });
    expect(await regenerateSet(a, setId)).toBe("has_attempts");
    expect(await db.attempt.count({ where: { setId } })).toBe(1);
    expect(await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } })).toEqual(questionsBefore);
    expect(await storedBank(setId)).toEqual(bankBefore);
    expect(await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).toEqual(setBefore);
  });

  it("made by an older engine is flagged in the editor and kept until the teacher regenerates", async () => {
    const { setId } = await freshSet();
    const question = await db.question.findFirstOrThrow({ where: { setId }, orderBy: { position: "asc" } });
    await db.question.update({ where: { id: question.id }, data: { prompt: "A teacher's edit", origin: "EDITED" } });
    await db.questionSet.update({ where: { id: setId }, data: { bankEngineVersion: String(Number(ENGINE_VERSION) - 1) } });
    const bankBefore = await storedBank(setId);

    let editor: Awaited<ReturnType<typeof getSetForEditor>> = null;
    expect(await engineRunsDuring(async () => (editor = await getSetForEditor(a, setId)))).toBe(0);
    expect(editor!.bankInfo).toMatchObject({ stale: true, engineVersion: String(Number(ENGINE_VERSION) - 1), currentEngineVersion: ENGINE_VERSION });
    expect(await storedBank(setId)).toEqual(bankBefore);
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ prompt: "A teacher's edit" });

    expect(await regenerateSet(a, setId)).toBe("regenerated");
    expect((await getSetForEditor(a, setId))!.bankInfo).toMatchObject({ stale: false, engineVersion: ENGINE_VERSION });
  });

  it("is made on the first editor load for a set stored before banks were (once, even when two loads race), then read", async () => {
    const { articleId, setId } = await freshSet();
    const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { article: true } });
    // As a set made before this change: no bank, no version.
    await db.questionBankItem.deleteMany({ where: { setId } });
    await db.questionSet.update({ where: { id: setId }, data: { bankEngineVersion: null, bankGeneratedAt: null } });

    const [first, second] = await Promise.all([getSetForEditor(a, setId), getSetForEditor(a, setId)]);
    expect(await engineRunsDuring(() => getSetForEditor(a, setId))).toBe(0);
    const engine = generateQuestions(set.article.text, { all: true, seed: set.seed, title: set.article.title }).questions;
    expect((await storedBank(setId)).map((q) => q.engineId)).toEqual(engine.map((q) => q.id));
    expect(first!.bank).toEqual(second!.bank);
    const inSet = new Set((await db.question.findMany({ where: { setId }, select: { engineId: true } })).map((q) => q.engineId));
    expect(first!.bank.length).toBe(engine.filter((q) => !inSet.has(q.id)).length);
    expect(first!.bankInfo).toMatchObject({ engineVersion: ENGINE_VERSION, stale: false });

    await replaceArticleText(articleId, REFUSED);
    expect((await getSetForEditor(a, setId))!.bank).toEqual(first!.bank);
  });

  it("is made by 'add from bank' too when the set has none yet (an editor page opened before the change)", async () => {
    const { setId } = await freshSet();
    const pick = await bankItemNotInSet(setId);
    await db.questionBankItem.deleteMany({ where: { setId } });
    await db.questionSet.update({ where: { id: setId }, data: { bankEngineVersion: null, bankGeneratedAt: null } });
    expect(await addBankQuestion(a, setId, pick.engineId)).toBe(true);
    expect(await db.question.findFirstOrThrow({ where: { setId, engineId: pick.engineId } })).toMatchObject({ prompt: pick.prompt });
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).bankEngineVersion).toBe(ENGINE_VERSION);
  });

  it("of a set made from an article the engine now refuses is empty, and the editor still opens", async () => {
    const article = await db.article.create({
      data: { ownerId: a.id, title: "Old", text: REFUSED, wordCount: 4, contentHash: `refused-${Math.random()}` },
    });
    const set = await db.questionSet.create({
      data: {
        ownerId: a.id,
        articleId: article.id,
        title: "Old",
        questions: { create: questionRowsFromEngine(generateQuestions(MUNICH, { seed: "1" }).questions.slice(0, 2)) },
      },
    });
    const editor = await getSetForEditor(a, set.id);
    expect(editor!.questions).toHaveLength(2);
    expect(editor!.bank).toEqual([]);
    expect(editor!.bankInfo.engineVersion).toBe(ENGINE_VERSION);
  });

  it("of another teacher's set can be neither read, made, added from nor replaced", async () => {
    const { setId } = await freshSet();
    const engineId = (await bankItemNotInSet(setId)).engineId;
    const questionsBefore = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const bankBefore = await storedBank(setId);

    expect(await getSetForEditor(b, setId)).toBeNull();
    expect(await addBankQuestion(b, setId, engineId)).toBe(false);
    expect(await regenerateSet(b, setId)).toBe("not_found");
    expect(await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } })).toEqual(questionsBefore);
    expect(await storedBank(setId)).toEqual(bankBefore);

    // Nor does another teacher's request make the bank of a set that has none.
    await db.questionBankItem.deleteMany({ where: { setId } });
    await db.questionSet.update({ where: { id: setId }, data: { bankEngineVersion: null, bankGeneratedAt: null } });
    const runs = await engineRunsDuring(async () => {
      expect(await getSetForEditor(b, setId)).toBeNull();
      expect(await addBankQuestion(b, setId, engineId)).toBe(false);
    });
    expect(runs).toBe(0);
    expect(await db.questionBankItem.count({ where: { setId } })).toBe(0);
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).bankEngineVersion).toBeNull();
  });

  it("goes with its set when the set is deleted", async () => {
    const { setId } = await freshSet();
    expect(await db.questionBankItem.count({ where: { setId } })).toBeGreaterThan(0);
    await db.questionSet.delete({ where: { id: setId } });
    expect(await db.questionBankItem.count({ where: { setId } })).toBe(0);
  });
});

describe("bankIsStale", () => {
  it("is true only for a bank from an earlier engine version", () => {
    expect(bankIsStale(null, "2")).toBe(false);
    expect(bankIsStale("1", "2")).toBe(true);
    expect(bankIsStale("2", "2")).toBe(false);
    expect(bankIsStale("3", "2")).toBe(false);
    expect(bankIsStale("9", "10")).toBe(true);
    expect(bankIsStale("beta", "2")).toBe(true);
  });
});
