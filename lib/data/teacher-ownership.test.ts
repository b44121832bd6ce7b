import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { JOIN_CODE_ALPHABET } from "@/lib/join-code";
import { cleanArticleText, generateQuestions } from "@/lib/questions";
import { AssignmentSchema, parseNameList, QuestionFieldsSchema } from "@/lib/validation/teacher";
import { createAssignments, listAssignmentsForClass } from "./assignments";
import { createArticle, ensureSampleArticle, getArticle, listArticles } from "./articles";
import { createClass, getClass, listClasses, regenerateJoinCode, renameClass, setClassArchived } from "./classes";
import {
  addBankQuestion,
  addManualQuestion,
  createSetFromArticle,
  getSetForEditor,
  getSetPreview,
  moveQuestion,
  regenerateSet,
  removeQuestion,
  setSetStatus,
  updateQuestion,
} from "./question-sets";
import { assignmentResults, attemptDetail, itemAnalysisCsvRows, resultsVersion, scoresCsvRows, studentReport } from "./results";
import { bulkAddStudents, listRoster, removeStudent, setTemporaryPassword } from "./roster";

// A text the engine makes a quiz of several questions from (the Munich release gives one).
const ARTICLE = cleanArticleText(fs.readFileSync("lib/questions/fixtures/06-crs-in-focus-the-debt-limit-2026.txt", "utf8"));

let a: { id: string };
let b: { id: string };
let classId: string;
let articleId: string;
let setId: string;

async function makeTeacher(tag: string) {
  const s = Math.random().toString(36).slice(2, 8);
  return db.user.create({ data: { role: "TEACHER", displayName: tag, email: `${tag}-${s}@t.test`, passwordHash: "x" }, select: { id: true } });
}

const validAssignment = (set: string, classIds: string[]) =>
  AssignmentSchema.parse({
    setId: set,
    classIds,
    opensAt: "",
    dueAt: "",
    timeZone: "UTC",
    timeLimitMinutes: "",
    feedback: "AFTER_SUBMIT",
    attemptsAllowed: "2",
    scorePolicy: "BEST",
  }).settings;

beforeAll(async () => {
  a = await makeTeacher("a");
  b = await makeTeacher("b");
  classId = (await createClass(a, "Period 1")).id;
  articleId = (await createArticle(a, { title: "Munich", source: null, text: ARTICLE })).id;
  setId = (await createSetFromArticle(a, articleId))!.id;
});
afterAll(() => db.$disconnect());

describe("classes", () => {
  it("are created with a join code and listed for their teacher only", async () => {
    const klass = await getClass(a, classId);
    expect(klass?.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect((await listClasses(a)).map((c) => c.id)).toContain(classId);
    expect(await listClasses(b)).toEqual([]);
    expect(await getClass(b, classId)).toBeNull();
  });

  it("refuse another teacher's rename, archive and new code, changing nothing", async () => {
    const before = await db.class.findUniqueOrThrow({ where: { id: classId } });
    expect(await renameClass(b, classId, "Hacked")).toBe(false);
    expect(await setClassArchived(b, classId, true)).toBe(false);
    expect(await regenerateJoinCode(b, classId)).toBeNull();
    const after = await db.class.findUniqueOrThrow({ where: { id: classId } });
    expect(after).toMatchObject({ name: before.name, joinCode: before.joinCode, archivedAt: null });
  });

  it("regenerating the code replaces the old one", async () => {
    const old = (await getClass(a, classId))!.joinCode;
    const fresh = await regenerateJoinCode(a, classId);
    expect(fresh).not.toBe(old);
    expect(await db.class.findUnique({ where: { joinCode: old } })).toBeNull();
    expect((await getClass(a, classId))!.joinCode).toBe(fresh);
  });

  it("archive out of the active list and back", async () => {
    const other = await createClass(a, "Old class");
    expect(await renameClass(a, other.id, "Older class")).toBe(true);
    expect(await setClassArchived(a, other.id, true)).toBe(true);
    expect((await listClasses(a)).map((c) => c.id)).not.toContain(other.id);
    expect((await listClasses(a, { archived: true })).map((c) => c.name)).toEqual(["Older class"]);
    expect(await setClassArchived(a, other.id, false)).toBe(true);
    expect((await listClasses(a)).map((c) => c.id)).toContain(other.id);
  });
});

describe("roster", () => {
  it("bulk add makes enrolled students with unique usernames and verifiable passwords", async () => {
    const { names } = parseNameList("Ava Martinez\n\nAva Moore\nava martinez\n  Ben  ");
    expect(names).toEqual(["Ava Martinez", "Ava Moore", "Ben"]);
    const result = await bulkAddStudents(a, classId, names);
    expect(result?.cards.map((c) => c.username.replace(/\d+$/, ""))).toEqual(["ava.m", "ava.m", "ben"]);
    expect(new Set(result!.cards.map((c) => c.username)).size).toBe(3);
    const roster = await listRoster(a, classId);
    expect(roster?.map((s) => s.displayName).sort()).toEqual(["Ava Martinez", "Ava Moore", "Ben"]);
    const ava = await db.user.findUniqueOrThrow({ where: { username: result!.cards[0].username } });
    expect(ava).toMatchObject({ role: "STUDENT", email: null, mustChangePassword: false });
    expect(await verifyPassword(ava.passwordHash, result!.cards[0].password)).toBe(true);
  });

  it("parseNameList refuses too many names and over-long ones", () => {
    expect(parseNameList(Array.from({ length: 101 }, (_, i) => `Student ${i}`).join("\n")).errors[0]).toMatch(/at most 100/);
    expect(parseNameList("x".repeat(61)).errors[0]).toMatch(/longer than 60/);
    expect(parseNameList("\n \n").errors[0]).toMatch(/at least one name/);
  });

  it("a temporary password is stored hashed and must be changed", async () => {
    const student = (await listRoster(a, classId))![0];
    const result = await setTemporaryPassword(a, classId, student.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(result!.password);
    expect(await verifyPassword(stored.passwordHash, result!.password)).toBe(true);
  });

  it("another teacher cannot read, add to, remove from or reset passwords in the roster", async () => {
    const student = (await listRoster(a, classId))![0];
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: student.id } })).passwordHash;
    expect(await listRoster(b, classId)).toBeNull();
    expect(await bulkAddStudents(b, classId, ["Mallory"])).toBeNull();
    expect(await setTemporaryPassword(b, classId, student.id)).toBeNull();
    expect(await removeStudent(b, classId, student.id)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).passwordHash).toBe(hashBefore);
    expect(await db.user.count({ where: { displayName: "Mallory" } })).toBe(0);
    expect(await db.enrolment.count({ where: { classId, studentId: student.id } })).toBe(1);
  });

  it("removing a student keeps their account", async () => {
    const student = (await listRoster(a, classId))!.find((s) => s.displayName === "Ben")!;
    expect(await removeStudent(a, classId, student.id)).toBe(true);
    expect((await listRoster(a, classId))!.map((s) => s.id)).not.toContain(student.id);
    expect(await db.user.findUnique({ where: { id: student.id } })).not.toBeNull();
  });
});

describe("articles", () => {
  it("the same text twice gives the existing article", async () => {
    expect(await createArticle(a, { title: "Again", source: null, text: ARTICLE })).toEqual({ created: false, id: articleId });
  });

  it("are private to their owner", async () => {
    expect(await getArticle(b, articleId)).toBeNull();
    expect((await listArticles(b)).map((x) => x.id)).not.toContain(articleId);
    // Teacher B may add the same text to their own library.
    expect((await createArticle(b, { title: "Mine", source: null, text: ARTICLE })).created).toBe(true);
  });

  it("a new teacher gets the sample article once", async () => {
    const c = await makeTeacher("c");
    await ensureSampleArticle(c);
    await ensureSampleArticle(c);
    const articles = await listArticles(c);
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toMatch(/Blinken/);
  });
});

describe("question sets", () => {
  const fields = QuestionFieldsSchema.parse({
    type: "multiple_choice",
    prompt: "Who spoke in Munich?",
    choices: ["Kamala Harris", "Joe Biden", "Antony Blinken", ""],
    answerIndex: "0",
    explanation: "She gave the speech.",
    evidence: "",
  });

  it("start with the engine's default quiz and keep the rest of the bank for the editor", async () => {
    const set = await getSetForEditor(a, setId);
    expect(set?.questions.length).toBe(generateQuestions(ARTICLE, { count: 20 }).questions.length);
    expect(set!.bank.length).toBeGreaterThan(0);
    expect(set?.questions.every((q) => q.origin === "GENERATED")).toBe(true);
    const ids = new Set(set!.questions.map((q) => q.engineId));
    expect(set!.bank.some((q) => ids.has(q.engineId))).toBe(false);
  });

  it("another teacher can neither read nor change a set", async () => {
    const before = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const q = before[0];
    expect(await getSetForEditor(b, setId)).toBeNull();
    expect(await getSetPreview(b, setId)).toBeNull();
    expect(await createSetFromArticle(b, articleId)).toBeNull();
    expect(await updateQuestion(b, q.id, fields)).toBe(false);
    expect(await addManualQuestion(b, setId, fields)).toBe(false);
    expect(await addBankQuestion(b, setId, "anything")).toBe(false);
    expect(await removeQuestion(b, q.id)).toBe("not_found");
    expect(await moveQuestion(b, q.id, "down")).toBe(false);
    expect(await regenerateSet(b, setId)).toBe("not_found");
    expect(await setSetStatus(b, setId, "PUBLISHED")).toBe(false);
    expect(await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } })).toEqual(before);
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).status).toBe("DRAFT");
  });

  it("the owner edits, adds, reorders, removes and publishes", async () => {
    const [first, second] = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    expect(await updateQuestion(a, first.id, fields)).toBe(true);
    expect(await db.question.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ origin: "EDITED", answer: "Kamala Harris" });
    expect(await moveQuestion(a, first.id, "down")).toBe(true);
    expect((await db.question.findUniqueOrThrow({ where: { id: second.id } })).position).toBe(0);
    expect(await addManualQuestion(a, setId, fields)).toBe(true);
    const editor = await getSetForEditor(a, setId);
    expect(editor!.questions.at(-1)).toMatchObject({ origin: "MANUAL", evidence: "" });
    if (editor!.bank.length > 0) expect(await addBankQuestion(a, setId, editor!.bank[0].engineId)).toBe(true);
    expect(await removeQuestion(a, editor!.questions.at(-1)!.id)).toBe("removed");
    const positions = (await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } })).map((q) => q.position);
    expect(positions).toEqual(positions.map((_, i) => i));
    expect(await setSetStatus(a, setId, "PUBLISHED")).toBe(true);
    expect((await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).publishedAt).not.toBeNull();
  });

  it("validation: the answer must be a filled-in choice and choices must differ", () => {
    const bad = QuestionFieldsSchema.safeParse({ type: "multiple_choice", prompt: "P", choices: ["A", "a", "B", ""], answerIndex: "3", explanation: "", evidence: "" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toContain("The correct answer must be one of the filled-in choices.");
    expect(messages).toContain("Each choice must be different.");
    const tf = QuestionFieldsSchema.parse({ type: "true_false", prompt: "P", choices: ["x"], answerIndex: "1", explanation: "", evidence: "" });
    expect(tf).toMatchObject({ choices: ["True", "False"], answer: "False" });
  });
});

describe("assignments and results", () => {
  let assignmentId: string;
  let attemptId: string;

  it("another teacher cannot assign the set, nor assign their set to this class", async () => {
    const bClass = await createClass(b, "B's class");
    expect(await createAssignments(b, setId, [bClass.id], validAssignment(setId, [bClass.id]))).toBeNull();
    expect(await createAssignments(a, setId, [classId, bClass.id], validAssignment(setId, [classId]))).toBeNull();
    expect(await db.assignment.count({ where: { setId } })).toBe(0);
  });

  it("a set with no questions is not assigned: an essay the engine is not confident about starts empty, with a bank", async () => {
    const essay = cleanArticleText(fs.readFileSync("lib/questions/fixtures/04-federalist-no-10-madison-1787.txt", "utf8"));
    const essayId = (await createArticle(a, { title: "Federalist No. 10", source: null, text: essay })).id;
    const emptySetId = (await createSetFromArticle(a, essayId))!.id;
    const editor = await getSetForEditor(a, emptySetId);
    expect(editor!.questions).toEqual([]);
    expect(editor!.bank.length).toBeGreaterThan(0);
    expect(await createAssignments(a, emptySetId, [classId], validAssignment(emptySetId, [classId]))).toBe("empty");
    expect(await db.assignment.count({ where: { setId: emptySetId } })).toBe(0);
    // With a question from the bank it can be assigned.
    await addBankQuestion(a, emptySetId, editor!.bank[0].engineId);
    const created = await createAssignments(a, emptySetId, [classId], validAssignment(emptySetId, [classId]));
    expect(Array.isArray(created) && created.length).toBe(1);
    await db.assignment.deleteMany({ where: { setId: emptySetId } });
  });

  it("the owner assigns, and results count the counted attempt per student", async () => {
    const created = await createAssignments(a, setId, [classId], validAssignment(setId, [classId]));
    if (!Array.isArray(created)) throw new Error(`not assigned: ${created}`);
    assignmentId = created[0].id;
    expect((await listAssignmentsForClass(a, classId)).map((x) => x.id)).toEqual([assignmentId]);
    expect(await listAssignmentsForClass(b, classId)).toEqual([]);

    const questions = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" } });
    const student = (await listRoster(a, classId))![0];
    const attempt = await db.attempt.create({
      data: {
        kind: "ASSIGNMENT",
        studentId: student.id,
        setId,
        assignmentId,
        questionOrder: JSON.stringify(questions.map((q) => q.id)),
        submittedAt: new Date(),
        score: 1,
        maxScore: questions.length,
        responses: { create: [{ questionId: questions[0].id, answer: questions[0].answer, correct: true }] },
      },
    });
    attemptId = attempt.id;
    const results = await assignmentResults(a, assignmentId);
    expect(results!.counts).toMatchObject({ submitted: 1, notStarted: (await listRoster(a, classId))!.length - 1 });
    expect(results!.items[0].percentCorrect).toBe(100);
    const csv = scoresCsvRows(results!);
    expect(csv[0].slice(0, 3)).toEqual(["Student", "Username", "Q1"]);
    const row = csv.find((r) => r[0] === student.displayName)!;
    expect(row[2]).toBe(1);
    expect(row[3]).toBeNull();
    expect(itemAnalysisCsvRows(results!)[1][0]).toBe(1);
  });

  it("another teacher gets nothing of the results", async () => {
    const student = (await listRoster(a, classId))![0];
    expect(await assignmentResults(b, assignmentId)).toBeNull();
    expect(await resultsVersion(b, assignmentId)).toBeNull();
    expect(await attemptDetail(b, assignmentId, attemptId)).toBeNull();
    expect(await studentReport(b, classId, student.id)).toBeNull();
    expect(await attemptDetail(a, assignmentId, attemptId)).not.toBeNull();
    expect((await studentReport(a, classId, student.id))!.assignments[0].counted?.score).toBe(1);
  });

  it("a question students answered cannot be removed, and a started set cannot be regenerated", async () => {
    const q = await db.question.findFirstOrThrow({ where: { setId }, orderBy: { position: "asc" } });
    expect(await removeQuestion(a, q.id)).toBe("answered");
    expect(await regenerateSet(a, setId)).toBe("has_attempts");
  });
});
