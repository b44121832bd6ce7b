import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { actionIds, testDb, unique } from "./helpers";
import { DEMO_QUIZ } from "./student-helpers";

// Issue 9: the authorization matrix. Every page, every route handler under app/api and every server action, asked
// by each of six people, against the real production server (the same build and proxy a school runs). Server
// actions are replayed the way a script would: by their id (the Next-Action header), with a form of our choosing.
// The lists below must name every page.tsx, route.ts and "use server" export in app/: a new one fails the
// coverage tests until it is added with its expected results.
//
// Cells:  "200" allowed · "→/signin" sent to sign-in · "→/student", "→/teacher" sent to their own home (wrong role)
//         · "→/student/password" must change a temporary password first · "401" / "403" / "404" HTTP status
//         · actions: "ran" (allowed: it did its work, or answered about the input), "not found" (the action's own
//           404: the thing is not theirs), "refused" (an action-specific refusal), "opens /student/attempts/NEW"
//           (Start: it made the attempt and answers with its id, which the page's script opens), or a redirect as above.

// Not serial: when one group fails, the others still run (on a fresh worker, with fresh people and things).
test.describe.configure({ timeout: 300_000 });

const ROLES = ["visitor", "student", "otherStudent", "tempStudent", "owner", "otherTeacher"] as const;
type Role = (typeof ROLES)[number];
type Row = Record<Role, string>;
const PASSWORD = "matrix-password-1";
const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** A row from one cell per role, in ROLES order. */
function row(visitor: string, student: string, otherStudent: string, tempStudent: string, owner: string, otherTeacher: string): Row {
  return { visitor, student, otherStudent, tempStudent, owner, otherTeacher };
}

type Ids = {
  classId: string; // the owner's class: student and tempStudent are in it
  otherClassId: string; // the other teacher's class: otherStudent is in it
  joinClassCode: string; // a third class anyone may join with its code
  articleId: string;
  setId: string; // assigned to classId, never published
  editSetId: string; // the owner's draft that the set-editor actions change
  otherSetId: string; // the other teacher's own set (their editor's URL)
  practiceSetId: string; // published and never assigned: open to everyone
  assignmentId: string;
  startAssignmentId: string; // another open assignment of classId, with no attempt yet: for startAttemptAction
  attemptId: string; // student's attempt, in progress (the route handlers submit it)
  studentId: string;
  scratchStudentId: string; // in classId, for the roster actions that change a student
  questionId: string; // in editSetId
  bankEngineId: string; // in editSetId's bank, not yet in the set
  classCode: string;
};

let ids: Ids;
const cookies = {} as Record<Role, string>;

async function copySet(db: ReturnType<typeof testDb>, fromId: string, data: { ownerId: string; articleId: string; title: string; status: "DRAFT" | "PUBLISHED"; withBank?: boolean }) {
  const from = await db.questionSet.findUniqueOrThrow({ where: { id: fromId }, include: { questions: { orderBy: { position: "asc" } }, bank: { orderBy: { rank: "asc" } } } });
  const inSet = new Set(from.questions.map((q) => q.engineId));
  return db.questionSet.create({
    data: {
      ownerId: data.ownerId,
      articleId: data.articleId,
      title: data.title,
      status: data.status,
      publishedAt: data.status === "PUBLISHED" ? new Date() : null,
      seed: from.seed,
      bankEngineVersion: from.bankEngineVersion,
      bankGeneratedAt: from.bankGeneratedAt,
      questions: {
        create: from.questions.map((q) => ({
          type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer, evidence: q.evidence, evidenceStart: q.evidenceStart,
          explanation: q.explanation, position: q.position, difficulty: q.difficulty, entities: q.entities, engineId: q.engineId, score: q.score, origin: q.origin,
        })),
      },
      bank: data.withBank
        ? {
            create: from.bank.filter((b) => !inSet.has(b.engineId)).slice(0, 3).map((b) => ({
              engineId: b.engineId, rank: b.rank, type: b.type, prompt: b.prompt, choices: b.choices, answer: b.answer, evidence: b.evidence,
              evidenceStart: b.evidenceStart, explanation: b.explanation, difficulty: b.difficulty, entities: b.entities, score: b.score,
            })),
          }
        : undefined,
    },
    include: { questions: { orderBy: { position: "asc" } }, bank: true },
  });
}

/** Signs in through Auth.js's own endpoint with plain HTTP; returns the Cookie header of the session. */
async function signInCookie(identifier: string, address: string): Promise<string> {
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`, { headers: { "x-forwarded-for": address } });
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0];
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), "x-forwarded-for": address },
    body: new URLSearchParams({ identifier, password: PASSWORD, csrfToken, callbackUrl: "/" }).toString(),
  });
  keep(res);
  const session = [...jar].find(([k]) => k.includes("session-token"));
  expect(session, `signed in as ${identifier}`).toBeTruthy();
  return `${session![0]}=${session![1]}`;
}

const ADDRESS: Record<Role, string> = {
  visitor: "198.51.100.60",
  student: "198.51.100.61",
  otherStudent: "198.51.100.62",
  tempStudent: "198.51.100.63",
  owner: "198.51.100.64",
  otherTeacher: "198.51.100.65",
};

function headersFor(role: Role, extra: Record<string, string> = {}) {
  const h: Record<string, string> = { "x-forwarded-for": ADDRESS[role], ...extra };
  if (cookies[role]) h.cookie = cookies[role];
  return h;
}

/** What a page or JSON route answered: its status, or where it sent the caller. */
function outcome(res: Response): string {
  if (res.status >= 300 && res.status < 400) {
    const to = res.headers.get("x-action-redirect")?.split(";")[0] ?? res.headers.get("location") ?? "";
    return `→${new URL(to, BASE).pathname}`;
  }
  return String(res.status);
}

test.beforeAll(async () => {
  const db = testDb();
  const hash = await hashPassword(PASSWORD);
  const user = (role: "TEACHER" | "STUDENT", name: string, extra: { mustChangePassword?: boolean } = {}) => {
    const handle = unique("mx").toLowerCase();
    return db.user.create({
      data: { role, displayName: name, passwordHash: hash, ...(role === "TEACHER" ? { email: `${handle}@school.test` } : { username: handle }), ...extra },
    });
  };
  const owner = await user("TEACHER", "Matrix Owner");
  const otherTeacher = await user("TEACHER", "Matrix Other Teacher");
  const student = await user("STUDENT", "Matrix Student");
  const otherStudent = await user("STUDENT", "Matrix Other Student");
  const tempStudent = await user("STUDENT", "Matrix Temp Student", { mustChangePassword: true });
  const scratch = await user("STUDENT", "Matrix Scratch Student");

  const code = () => unique("M").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
  const classCode = code();
  const klass = await db.class.create({
    data: { name: "Matrix class", joinCode: classCode, teacherId: owner.id, enrolments: { create: [{ studentId: student.id }, { studentId: tempStudent.id }, { studentId: scratch.id }] } },
  });
  const otherClass = await db.class.create({ data: { name: "Matrix other class", joinCode: code(), teacherId: otherTeacher.id, enrolments: { create: { studentId: otherStudent.id } } } });
  const joinClass = await db.class.create({ data: { name: "Matrix open class", joinCode: code(), teacherId: otherTeacher.id } });

  const demo = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_QUIZ }, include: { article: true } });
  const article = await db.article.create({
    data: { ownerId: owner.id, title: demo.article.title, text: demo.article.text, wordCount: demo.article.wordCount, contentHash: unique("mx-hash") },
  });
  const otherArticle = await db.article.create({
    data: { ownerId: otherTeacher.id, title: "Other's article", text: demo.article.text, wordCount: demo.article.wordCount, contentHash: unique("mx-hash") },
  });
  const assigned = await copySet(db, demo.id, { ownerId: owner.id, articleId: article.id, title: "Matrix assigned set", status: "DRAFT" });
  const edit = await copySet(db, demo.id, { ownerId: owner.id, articleId: article.id, title: "Matrix editor set", status: "DRAFT", withBank: true });
  const other = await copySet(db, demo.id, { ownerId: otherTeacher.id, articleId: otherArticle.id, title: "Matrix other set", status: "DRAFT" });
  const practice = await copySet(db, demo.id, { ownerId: owner.id, articleId: article.id, title: "Matrix practice set", status: "PUBLISHED" });
  const assignment = await db.assignment.create({
    data: { setId: assigned.id, classId: klass.id, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 7 * 86_400_000), attemptsAllowed: 2 },
  });
  const startAssignment = await db.assignment.create({
    data: { setId: assigned.id, classId: klass.id, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 7 * 86_400_000), attemptsAllowed: 1 },
  });
  const attempt = await db.attempt.create({
    data: {
      kind: "ASSIGNMENT",
      studentId: student.id,
      setId: assigned.id,
      assignmentId: assignment.id,
      openKey: `${student.id}:${assignment.id}`,
      questionOrder: JSON.stringify(assigned.questions.map((q) => q.id)),
    },
  });
  expect(edit.bank.length).toBeGreaterThan(0);
  ids = {
    classId: klass.id,
    otherClassId: otherClass.id,
    joinClassCode: joinClass.joinCode,
    articleId: article.id,
    setId: assigned.id,
    editSetId: edit.id,
    otherSetId: other.id,
    practiceSetId: practice.id,
    assignmentId: assignment.id,
    startAssignmentId: startAssignment.id,
    attemptId: attempt.id,
    studentId: student.id,
    scratchStudentId: scratch.id,
    questionId: edit.questions[0].id,
    bankEngineId: edit.bank[0].engineId,
    classCode,
  };
  await db.$disconnect();

  cookies.visitor = "";
  cookies.student = await signInCookie(student.username!, ADDRESS.student);
  cookies.otherStudent = await signInCookie(otherStudent.username!, ADDRESS.otherStudent);
  cookies.tempStudent = await signInCookie(tempStudent.username!, ADDRESS.tempStudent);
  cookies.owner = await signInCookie(owner.email!, ADDRESS.owner);
  cookies.otherTeacher = await signInCookie(otherTeacher.email!, ADDRESS.otherTeacher);
});

// ---------------------------------------------------------------------------------------------------------------
// Pages: GET without following redirects. Key: the page file under app/; the URL is built from the ids.

const PAGES: { file: string; url: (i: Ids) => string; expect: Row }[] = [
  //                                                                         visitor      student       otherStudent  tempStudent            owner         otherTeacher
  { file: "page.tsx", url: () => "/", expect: row("200", "200", "200", "200", "200", "200") },
  { file: "(auth)/signin/page.tsx", url: () => "/signin", expect: row("200", "→/student", "→/student", "→/student", "→/teacher", "→/teacher") },
  { file: "(auth)/signup/page.tsx", url: () => "/signup", expect: row("200", "→/student", "→/student", "→/student", "→/teacher", "→/teacher") },
  { file: "after-sign-in/page.tsx", url: () => "/after-sign-in", expect: row("→/signin", "→/student", "→/student", "→/student", "→/teacher", "→/teacher") },
  { file: "account/page.tsx", url: () => "/account", expect: row("→/signin", "200", "200", "200", "200", "200") },
  { file: "join/page.tsx", url: (i) => `/join?code=${i.classCode}`, expect: row("200", "200", "200", "200", "200", "200") },
  // The list of published sets carries no answers: open to everyone, also before a temporary password is replaced.
  { file: "practice/page.tsx", url: () => "/practice", expect: row("200", "200", "200", "200", "200", "200") },
  { file: "practice/[setId]/page.tsx", url: (i) => `/practice/${i.practiceSetId}`, expect: row("200", "200", "200", "→/student/password", "200", "200") },
  { file: "student/page.tsx", url: () => "/student", expect: row("→/signin", "200", "200", "→/student/password", "→/teacher", "→/teacher") },
  { file: "student/password/page.tsx", url: () => "/student/password", expect: row("→/signin", "200", "200", "200", "→/teacher", "→/teacher") },
  { file: "student/assignments/[assignmentId]/page.tsx", url: (i) => `/student/assignments/${i.assignmentId}`, expect: row("→/signin", "200", "404", "→/student/password", "→/teacher", "→/teacher") },
  { file: "student/attempts/[attemptId]/page.tsx", url: (i) => `/student/attempts/${i.attemptId}`, expect: row("→/signin", "200", "404", "→/student/password", "→/teacher", "→/teacher") },
  { file: "student/attempts/[attemptId]/results/page.tsx", url: (i) => `/student/attempts/${i.attemptId}/results`, expect: row("→/signin", "→/student/attempts/" + "ATTEMPT", "404", "→/student/password", "→/teacher", "→/teacher") },
  { file: "teacher/page.tsx", url: () => "/teacher", expect: row("→/signin", "→/student", "→/student", "→/student", "200", "200") },
  { file: "teacher/articles/page.tsx", url: () => "/teacher/articles", expect: row("→/signin", "→/student", "→/student", "→/student", "200", "200") },
  { file: "teacher/articles/[articleId]/page.tsx", url: (i) => `/teacher/articles/${i.articleId}`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/sets/page.tsx", url: () => "/teacher/sets", expect: row("→/signin", "→/student", "→/student", "→/student", "200", "200") },
  { file: "teacher/sets/[setId]/page.tsx", url: (i) => `/teacher/sets/${i.setId}`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/sets/[setId]/preview/page.tsx", url: (i) => `/teacher/sets/${i.setId}/preview`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/sets/[setId]/assign/page.tsx", url: (i) => `/teacher/sets/${i.setId}/assign`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/classes/[classId]/page.tsx", url: (i) => `/teacher/classes/${i.classId}`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/classes/[classId]/code/page.tsx", url: (i) => `/teacher/classes/${i.classId}/code`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/classes/[classId]/students/[studentId]/page.tsx", url: (i) => `/teacher/classes/${i.classId}/students/${i.studentId}`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  { file: "teacher/classes/[classId]/assignments/[assignmentId]/page.tsx", url: (i) => `/teacher/classes/${i.classId}/assignments/${i.assignmentId}`, expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404") },
  {
    file: "teacher/classes/[classId]/assignments/[assignmentId]/attempts/[attemptId]/page.tsx",
    url: (i) => `/teacher/classes/${i.classId}/assignments/${i.assignmentId}/attempts/${i.attemptId}`,
    expect: row("→/signin", "→/student", "→/student", "→/student", "200", "404"),
  },
];

// Route handlers: Auth.js's own endpoint is listed by the one URL that reads a session.
const ROUTES: { file: string; method: "GET" | "POST"; url: (i: Ids) => string; body?: (i: Ids) => unknown; expect: Row }[] = [
  { file: "api/auth/[...nextauth]/route.ts", method: "GET", url: () => "/api/auth/session", expect: row("200", "200", "200", "200", "200", "200") },
  {
    file: "api/attempts/[attemptId]/answers/route.ts",
    method: "POST",
    url: (i) => `/api/attempts/${i.attemptId}/answers`,
    body: () => ({ questionId: "QUESTION", answer: "ANSWER" }),
    expect: row("401", "200", "404", "403", "403", "403"),
  },
  {
    file: "api/attempts/[attemptId]/progress/route.ts",
    method: "POST",
    url: (i) => `/api/attempts/${i.attemptId}/progress`,
    body: () => ({ currentIndex: 1, flagged: [] }),
    expect: row("401", "200", "404", "403", "403", "403"),
  },
  { file: "api/practice/[setId]/answers/route.ts", method: "POST", url: (i) => `/api/practice/${i.practiceSetId}/answers`, body: () => ({ questionId: "PRACTICE_QUESTION", answer: "PRACTICE_ANSWER", round: ["PRACTICE_QUESTION"], currentIndex: 0 }), expect: row("200", "200", "200", "403", "200", "200") },
  { file: "api/practice/[setId]/round/route.ts", method: "POST", url: (i) => `/api/practice/${i.practiceSetId}/round`, body: () => ({ round: null }), expect: row("401", "200", "200", "403", "403", "403") },
  { file: "api/teacher/assignments/[assignmentId]/items/route.ts", method: "GET", url: (i) => `/api/teacher/assignments/${i.assignmentId}/items`, expect: row("401", "403", "403", "403", "200", "404") },
  { file: "api/teacher/assignments/[assignmentId]/scores/route.ts", method: "GET", url: (i) => `/api/teacher/assignments/${i.assignmentId}/scores`, expect: row("401", "403", "403", "403", "200", "404") },
  { file: "api/teacher/assignments/[assignmentId]/version/route.ts", method: "GET", url: (i) => `/api/teacher/assignments/${i.assignmentId}/version`, expect: row("401", "403", "403", "403", "200", "404") },
  // Submit last: it closes the student's attempt.
  { file: "api/attempts/[attemptId]/submit/route.ts", method: "POST", url: (i) => `/api/attempts/${i.attemptId}/submit`, body: () => ({}), expect: row("401", "200", "404", "403", "403", "403") },
];

// ---------------------------------------------------------------------------------------------------------------
// Server actions. `page`: the page the form lives on (whose URL the browser posts to), with the caller's own ids
// where it has some. `form`: a valid form aimed at the owner's things, so that only the check of who is asking
// can refuse it. Roles run in ROLES_FOR_ACTIONS order: the owner last, because the owner's call really happens.

const ROLES_FOR_ACTIONS: Role[] = ["visitor", "otherStudent", "tempStudent", "otherTeacher", "student", "owner"];

type ActionCase = { action: string; page: (i: Ids, role: Role) => string; form: (i: Ids) => Record<string, string | string[]>; expect: Row };

const questionForm = (i: Ids) => ({ questionId: i.questionId, setId: i.editSetId, type: "true_false", prompt: "Matrix: is this question edited?", choice0: "True", choice1: "False", choice2: "", choice3: "", answerIndex: "0", explanation: "", evidence: "" });
const teacherPage = (own: string, other: string) => (_i: Ids, role: Role) => (role === "otherTeacher" ? other : own);
const classPage = (i: Ids, role: Role) => `/teacher/classes/${role === "otherTeacher" ? i.otherClassId : i.classId}`;
const setPage = (i: Ids, role: Role) => `/teacher/sets/${role === "otherTeacher" ? i.otherSetId : i.editSetId}`;
const teacherOnly = (owner: string, otherTeacher: string) => row("→/signin", "→/student", "→/student", "→/student", owner, otherTeacher);

const ACTIONS: ActionCase[] = [
  { action: "app/(auth)/actions.ts#signInAction", page: () => "/signin", form: () => ({ identifier: "nobody-here", password: "wrong password" }), expect: row("ran", "ran", "ran", "ran", "ran", "ran") },
  { action: "app/(auth)/actions.ts#teacherSignUpAction", page: () => "/signup", form: () => ({ displayName: "X", email: "not-an-email", password: "short" }), expect: row("ran", "ran", "ran", "ran", "ran", "ran") },
  { action: "app/join/actions.ts#joinAsNewStudentAction", page: (i) => `/join?code=${i.joinClassCode}`, form: (i) => ({ code: i.joinClassCode, displayName: "Matrix Joiner", username: unique("mxj").toLowerCase(), password: "a long enough password" }), expect: row("→/student", "refused", "refused", "refused", "refused", "refused") },
  { action: "app/join/actions.ts#joinAsExistingStudentAction", page: (i) => `/join?code=${i.joinClassCode}`, form: (i) => ({ code: i.joinClassCode, username: "nobody-here", password: "wrong password" }), expect: row("ran", "ran", "ran", "ran", "ran", "ran") },
  { action: "app/student/assignments/[assignmentId]/actions.ts#startAttemptAction", page: (i) => `/student/assignments/${i.startAssignmentId}`, form: (i) => ({ assignmentId: i.startAssignmentId }), expect: row("→/signin", "opens /student/attempts/NEW", "not found", "→/student/password", "→/teacher", "→/teacher") },
  { action: "app/join/actions.ts#joinSignedInAction", page: (i) => `/join?code=${i.joinClassCode}`, form: (i) => ({ code: i.joinClassCode }), expect: row("refused", "→/student", "→/student", "refused", "refused", "refused") },
  { action: "app/teacher/articles/actions.ts#addArticleAction", page: () => "/teacher/articles", form: () => ({ title: "Matrix article", source: "", text: "Too short to be an article." }), expect: teacherOnly("ran", "ran") },
  { action: "app/teacher/articles/actions.ts#generateSetAction", page: teacherPage("/teacher/articles", "/teacher/articles"), form: (i) => ({ articleId: i.articleId }), expect: teacherOnly("→/teacher/sets/NEW", "not found") },
  { action: "app/teacher/classes/actions.ts#createClassAction", page: () => "/teacher", form: () => ({ name: "Matrix new class" }), expect: teacherOnly("→/teacher/classes/NEW", "→/teacher/classes/NEW") },
  { action: "app/teacher/classes/actions.ts#renameClassAction", page: classPage, form: (i) => ({ classId: i.classId, name: "Matrix class" }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/classes/actions.ts#archiveClassAction", page: classPage, form: (i) => ({ classId: i.classId, archive: "false" }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/classes/actions.ts#regenerateCodeAction", page: classPage, form: (i) => ({ classId: i.classId }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/classes/actions.ts#bulkAddAction", page: classPage, form: (i) => ({ classId: i.classId, names: "Matrix Added" }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/classes/actions.ts#temporaryPasswordAction", page: classPage, form: (i) => ({ classId: i.classId, studentId: i.scratchStudentId }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/classes/actions.ts#removeStudentAction", page: classPage, form: (i) => ({ classId: i.classId, studentId: i.scratchStudentId }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#saveQuestionAction", page: setPage, form: questionForm, expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#addManualQuestionAction", page: setPage, form: questionForm, expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#addBankQuestionAction", page: setPage, form: (i) => ({ setId: i.editSetId, engineId: i.bankEngineId }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#moveQuestionAction", page: setPage, form: (i) => ({ questionId: i.questionId, direction: "down" }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#removeQuestionAction", page: setPage, form: (i) => ({ questionId: i.questionId }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#setStatusAction", page: setPage, form: (i) => ({ setId: i.editSetId, status: "PUBLISHED" }), expect: teacherOnly("ran", "not found") },
  { action: "app/teacher/sets/actions.ts#regenerateSetAction", page: setPage, form: (i) => ({ setId: i.editSetId }), expect: teacherOnly("ran", "not found") },
  {
    action: "app/teacher/sets/actions.ts#assignAction",
    page: (i, role) => `/teacher/sets/${role === "otherTeacher" ? i.otherSetId : i.editSetId}/assign`,
    form: (i) => ({ setId: i.editSetId, classIds: [i.classId], opensAt: "", dueAt: "", timeZone: "UTC", timeLimitMinutes: "", feedback: "AFTER_SUBMIT", attemptsAllowed: "1", scorePolicy: "BEST" }),
    expect: teacherOnly("→/teacher/classes/CLASS/assignments/NEW", "not found"),
  },
  // These end sessions: last. A wrong current password reaches the action's own check and changes nothing.
  // A temporary password needs no current one: the temporary student really changes it (and is signed in again).
  { action: "app/student/password/actions.ts#changePasswordAction", page: () => "/student/password", form: () => ({ currentPassword: "not my password", password: "a new password 42", confirm: "a new password 42" }), expect: row("→/signin", "ran", "ran", "→/student", "→/teacher", "→/teacher") },
  { action: "app/(auth)/actions.ts#signOutAction", page: () => "/account", form: () => ({}), expect: row("→/", "→/", "→/", "→/", "→/", "→/") },
  { action: "app/(auth)/actions.ts#signOutEverywhereAction", page: () => "/account", form: () => ({}), expect: row("→/signin", "→/signin", "→/signin", "→/signin", "→/signin", "→/signin") },
];

/** Replays a server action as the browser's fetch does: Next-Action header, React's reply encoding of (prevState, formData). */
async function replay(actionId: string, url: string, role: Role, form: Record<string, string | string[]>) {
  const body = new FormData();
  // The form's fields first, then the arguments that point at them: React's decoder reads them in this order.
  for (const [name, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) body.append(`_1_${name}`, v);
  body.append("0", JSON.stringify([{}, "$K1"]));
  return fetch(BASE + url, {
    method: "POST",
    redirect: "manual",
    headers: headersFor(role, { "next-action": actionId, accept: "text/x-component", origin: BASE }),
    body,
  });
}

/** What an action did, read from its answer: a redirect, its "not found" message, another refusal, or its work. */
async function actionOutcome(res: Response): Promise<string> {
  // An action's redirect() comes back as a header (with the target page's payload), a proxy's as a 307.
  const redirected = res.headers.get("x-action-redirect");
  if (redirected) return `→${new URL(redirected.split(";")[0], BASE).pathname}`;
  if (res.status !== 200) return outcome(res);
  const text = await res.text();
  if (process.env.MATRIX_DEBUG) console.log(res.status, text.slice(0, 400));
  const opened = /^1:\{"attemptId":"([^"]+)"/m.exec(text)?.[1];
  if (opened) return `opens /student/attempts/${opened}`;
  const message = /^1:\{"message":"([^"]*)"/m.exec(text)?.[1] ?? "";
  if (/not found|could not be added|not in (this|any of your) class/i.test(message)) return "not found";
  if (/already signed in|session has ended|choose a new password|cannot join/i.test(message)) return "refused";
  return "ran";
}

function normalise(cell: string, i: Ids) {
  return cell
    .replace(i.attemptId, "ATTEMPT")
    .replace(i.classId, "CLASS")
    .replace(/^→\/teacher\/(sets|classes)\/(?!CLASS)[a-z0-9]+$/, "→/teacher/$1/NEW")
    .replace(/^→\/teacher\/classes\/CLASS\/assignments\/[a-z0-9]+$/, "→/teacher/classes/CLASS/assignments/NEW")
    .replace(/^(→|opens )\/student\/attempts\/(?!ATTEMPT)[a-z0-9]+$/, "$1/student/attempts/NEW");
}

test("every page, route handler and server action is in the matrix", async () => {
  const appDir = path.join(process.cwd(), "app");
  const files = (fs.readdirSync(appDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/"));
  expect(files.filter((f) => f.endsWith("page.tsx")).sort()).toEqual(PAGES.map((p) => p.file).sort());
  expect(files.filter((f) => f.endsWith("route.ts")).sort()).toEqual(ROUTES.map((r) => r.file).sort());

  // Every export of every "use server" file, read from the source...
  const inSource: string[] = [];
  for (const f of files.filter((f) => /\.tsx?$/.test(f))) {
    const text = fs.readFileSync(path.join(appDir, f), "utf8");
    if (!/^\s*["']use server["']/m.test(text)) continue;
    for (const m of text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) inSource.push(`app/${f}#${m[1]}`);
  }
  expect(inSource.sort()).toEqual(ACTIONS.map((a) => a.action).sort());
  // ...and every action the build made an id for.
  expect([...actionIds().keys()].sort()).toEqual(ACTIONS.map((a) => a.action).sort());
});

test("pages", async () => {
  const wrong: string[] = [];
  for (const p of PAGES) {
    for (const role of ROLES) {
      const res = await fetch(BASE + p.url(ids), { redirect: "manual", headers: headersFor(role) });
      const got = normalise(outcome(res), ids);
      if (got !== p.expect[role]) wrong.push(`${p.file} as ${role}: expected ${p.expect[role]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("route handlers", async () => {
  const db = testDb();
  const assigned = await db.question.findFirstOrThrow({ where: { setId: ids.setId }, orderBy: { position: "asc" } });
  const practice = await db.question.findFirstOrThrow({ where: { setId: ids.practiceSetId }, orderBy: { position: "asc" } });
  const fill = (body: unknown) =>
    JSON.parse(JSON.stringify(body).replaceAll("PRACTICE_QUESTION", practice.id).replace("PRACTICE_ANSWER", (JSON.parse(practice.choices) as string[])[0]).replace('"QUESTION"', `"${assigned.id}"`).replace("ANSWER", (JSON.parse(assigned.choices) as string[])[0]));
  const wrong: string[] = [];
  for (const r of ROUTES) {
    for (const role of ROLES_FOR_ACTIONS) {
      const init: RequestInit = { method: r.method, redirect: "manual", headers: headersFor(role, r.body ? { "content-type": "application/json" } : {}) };
      if (r.body) init.body = JSON.stringify(fill(r.body(ids)));
      const got = outcome(await fetch(BASE + r.url(ids), init));
      if (got !== r.expect[role]) wrong.push(`${r.method} ${r.file} as ${role}: expected ${r.expect[role]}, got ${got}`);
    }
  }
  // The one allowed submit closed the student's attempt, and no one else's call changed it.
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: ids.attemptId }, include: { responses: true } });
  expect(attempt.submittedAt).not.toBeNull();
  expect(attempt.responses.map((x) => x.questionId)).toEqual([assigned.id]);
  await db.$disconnect();
  expect(wrong).toEqual([]);
});

test("server actions, replayed by their id", async () => {
  const idOf = actionIds();
  const db = testDb();
  const before = await db.class.findUniqueOrThrow({ where: { id: ids.classId }, select: { name: true, joinCode: true } });
  const wrong: string[] = [];
  for (const a of ACTIONS) {
    const actionId = idOf.get(a.action)!;
    for (const role of ROLES_FOR_ACTIONS) {
      const got = normalise(await actionOutcome(await replay(actionId, a.page(ids, role), role, a.form(ids))), ids);
      if (got !== a.expect[role]) wrong.push(`${a.action} as ${role}: expected ${a.expect[role]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
  // Only the owner's calls changed the owner's things: the code was regenerated once, the scratch student removed.
  const after = await db.class.findUniqueOrThrow({ where: { id: ids.classId }, select: { name: true, joinCode: true, enrolments: { select: { studentId: true } } } });
  expect(after.name).toBe(before.name);
  expect(after.joinCode).not.toBe(before.joinCode);
  expect(after.enrolments.map((e) => e.studentId)).not.toContain(ids.scratchStudentId);
  expect(await db.enrolment.count({ where: { classId: ids.classId, student: { displayName: "Matrix Added" } } })).toBe(1);
  expect(await db.question.count({ where: { setId: ids.otherSetId, prompt: { startsWith: "Matrix:" } } })).toBe(0);
  await db.$disconnect();
});
