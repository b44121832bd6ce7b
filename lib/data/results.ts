import "server-only";
import type { CsvValue } from "@/lib/csv";
import { db } from "@/lib/db";
import { closeExpiredAttempts, parseIdList } from "@/lib/data/grading";
import { parseChoices } from "@/lib/question-rows";
import { countedAttempt } from "@/lib/score-policy";
import { discriminationIndex, distribution, mean, median } from "@/lib/stats";
import type { Teacher } from "./classes";
import { SharedByVersion } from "./shared-by-version";

type AttemptRow = {
  id: string;
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  responses: { questionId: string; answer: string; correct: boolean }[];
};

function percentOf(a: { score: number | null; maxScore: number | null }) {
  return a.maxScore ? (100 * (a.score ?? 0)) / a.maxScore : 0;
}

export type StudentStatus = "submitted" | "in_progress" | "not_started";

/**
 * Class results for one of this teacher's assignments, or null. Timed-out attempts are closed first so they count.
 *
 * Every teacher session watching a class re-renders this page while the class submits, so the computation is shared
 * (docs/decisions/029): the ownership check and the version (`readVersion`: a few counts and latest timestamps on
 * indexes) run for every request, and the results are computed once per assignment and version, in this process, for
 * every request that reads that version. `version` is the same fingerprint the page's poll compares.
 */
export async function assignmentResults(teacher: Teacher, assignmentId: string) {
  let read = await readVersion(teacher, assignmentId, new Date());
  if (!read) return null;
  if (read.expired > 0) {
    await closeExpiredAttempts({ assignmentId });
    read = await readVersion(teacher, assignmentId, new Date());
    if (!read) return null;
  }
  const { version } = read;
  return shared.get(assignmentId, version, () => computeResults(assignmentId, version));
}

/** Assignments whose results are kept: a school's classes being watched at the same time. */
const SHARED_RESULTS = 32;
const shared = new SharedByVersion<ComputedResults>(SHARED_RESULTS);
/** For tests and benchmarks: how many results were computed and how many requests shared one. */
export const sharedResultsStats = shared.stats;

type ComputedResults = Awaited<ReturnType<typeof computeResults>>;

/** The results of one assignment as they are now, for everyone allowed to see them (the caller checked that). */
async function computeResults(assignmentId: string, version: string) {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      attemptsAllowed: true,
      scorePolicy: true,
      feedback: true,
      class: { select: { id: true, name: true } },
      set: {
        select: {
          id: true,
          title: true,
          questions: { orderBy: { position: "asc" }, select: { id: true, position: true, type: true, prompt: true, choices: true, answer: true } },
        },
      },
    },
  });
  if (!assignment) return null; // deleted since its version was read

  const [enrolments, attempts] = await Promise.all([
    db.enrolment.findMany({ where: { classId: assignment.class.id }, select: { studentId: true } }),
    db.attempt.findMany({
      where: { assignmentId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        maxScore: true,
        studentId: true,
        responses: { select: { questionId: true, answer: true, correct: true } },
      },
    }),
  ]);
  const enrolled = new Set(enrolments.map((e) => e.studentId));
  const studentIds = [...new Set([...enrolled, ...attempts.map((a) => a.studentId)])];
  const people = await db.user.findMany({ where: { id: { in: studentIds } }, select: { id: true, displayName: true, username: true } });

  const questions = assignment.set.questions.map((q) => ({ ...q, choices: parseChoices(q.choices) }));
  const students = people
    .map((person) => {
      const mine: AttemptRow[] = attempts.filter((a) => a.studentId === person.id);
      const counted = countedAttempt(mine, assignment.scorePolicy);
      const open = mine.some((a) => !a.submittedAt);
      const status: StudentStatus = counted ? "submitted" : open ? "in_progress" : "not_started";
      const byQuestion = new Map((counted?.responses ?? []).map((r) => [r.questionId, r]));
      return {
        ...person,
        enrolled: enrolled.has(person.id),
        status,
        attemptsUsed: mine.length,
        inProgress: open,
        counted: counted && {
          id: counted.id,
          score: counted.score ?? 0,
          maxScore: counted.maxScore ?? 0,
          percent: percentOf(counted),
          startedAt: counted.startedAt,
          submittedAt: counted.submittedAt!,
          durationMs: counted.submittedAt!.getTime() - counted.startedAt.getTime(),
        },
        /** Per question of the set: the counted attempt's response, or null when unanswered. */
        responses: questions.map((q) => byQuestion.get(q.id) ?? null),
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));

  const scored = students.filter((s) => s.counted);
  const percents = scored.map((s) => s.counted!.percent);
  const totals = scored.map((s) => s.responses.filter((r) => r?.correct).length);
  const items = questions.map((q, i) => {
    const answers = scored.map((s) => s.responses[i]);
    const itemScores = answers.map((r): number => (r?.correct ? 1 : 0));
    const counts = q.choices.map((choice) => ({ choice, count: answers.filter((r) => r?.answer === choice).length, correct: choice === q.answer }));
    const wrong = counts.filter((c) => !c.correct && c.count > 0).sort((a, b) => b.count - a.count);
    const popularWrong = wrong.length > 0 ? wrong[0].choice : null;
    return {
      questionId: q.id,
      number: i + 1,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      options: counts.map((c) => ({ ...c, popularWrong: c.choice === popularWrong })),
      /** Answers no longer among the choices (the question was edited after students answered). */
      otherAnswers: answers.filter((r) => r && !q.choices.includes(r.answer)).length,
      unanswered: answers.filter((r) => !r).length,
      percentCorrect: scored.length ? (100 * itemScores.reduce((s, x) => s + x, 0)) / scored.length : null,
      discrimination: discriminationIndex(itemScores, totals),
    };
  });

  return {
    version,
    assignment: {
      id: assignment.id,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      timeLimitMinutes: assignment.timeLimitMinutes,
      attemptsAllowed: assignment.attemptsAllowed,
      scorePolicy: assignment.scorePolicy,
      feedback: assignment.feedback,
    },
    class: assignment.class,
    set: { id: assignment.set.id, title: assignment.set.title },
    questions: questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt })),
    counts: {
      enrolled: enrolled.size,
      submitted: students.filter((s) => s.enrolled && s.status === "submitted").length,
      inProgress: students.filter((s) => s.enrolled && s.status === "in_progress").length,
      notStarted: students.filter((s) => s.enrolled && s.status === "not_started").length,
    },
    stats: { mean: mean(percents), median: median(percents), distribution: distribution(percents) },
    students,
    items,
  };
}
export type AssignmentResults = NonNullable<Awaited<ReturnType<typeof assignmentResults>>>;

/**
 * A cheap fingerprint of what the results page shows, for it to poll every 5 s (docs/decisions/014), and the key of
 * the shared results (docs/decisions/029): it changes when a student starts, submits or runs out of time, the roster
 * changes, or the assignment, its class, its set or a question is edited. Answers inside an open
 * attempt are not on the page (it shows submitted attempts), so they do not change it: a class answering does not
 * make every poll re-render the page. Counts and latest timestamps on indexes, no writes (an attempt whose time ran
 * out is counted here and closed by the page the change makes the browser load). Null when the assignment is not
 * this teacher's.
 */
export async function resultsVersion(teacher: Teacher, assignmentId: string, now: Date = new Date()): Promise<string | null> {
  return (await readVersion(teacher, assignmentId, now))?.version ?? null;
}

const time = (d: Date | null | undefined) => d?.getTime() ?? 0;

async function readVersion(teacher: Teacher, assignmentId: string, now: Date): Promise<{ version: string; expired: number } | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    select: { classId: true, setId: true, updatedAt: true, class: { select: { updatedAt: true } }, set: { select: { updatedAt: true } } },
  });
  if (!assignment) return null;
  const { classId, setId } = assignment;
  const [attempts, submitted, expired, enrolled, questions] = await Promise.all([
    db.attempt.count({ where: { assignmentId } }),
    // Only submitted attempts: an answer saved to an open one touches its updatedAt, and is not on the page.
    db.attempt.aggregate({ where: { assignmentId, submittedAt: { not: null } }, _count: { _all: true }, _max: { submittedAt: true, updatedAt: true } }),
    db.attempt.count({ where: { assignmentId, submittedAt: null, deadlineAt: { lte: now } } }),
    db.enrolment.aggregate({ where: { classId }, _count: { _all: true }, _max: { joinedAt: true } }),
    db.question.aggregate({ where: { setId }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  // Students' names and usernames are not in it: nothing changes them once the account exists. A feature that does
  // must make the version change too (reading User.updatedAt here would scan every user for every poll).
  const version = [
    attempts,
    submitted._count._all,
    time(submitted._max.submittedAt),
    time(submitted._max.updatedAt),
    expired,
    enrolled._count._all,
    time(enrolled._max.joinedAt),
    questions._count._all,
    time(questions._max.updatedAt),
    time(assignment.updatedAt),
    time(assignment.class.updatedAt),
    time(assignment.set.updatedAt),
  ].join(".");
  return { version, expired };
}

/** One attempt at one of this teacher's assignments, question by question. */
export async function attemptDetail(teacher: Teacher, assignmentId: string, attemptId: string) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, assignmentId, assignment: { class: { teacherId: teacher.id } } },
    select: {
      id: true,
      number: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      questionOrder: true,
      student: { select: { id: true, displayName: true, username: true } },
      responses: { select: { questionId: true, answer: true, correct: true } },
      assignment: { select: { id: true, class: { select: { id: true, name: true } } } },
      set: {
        select: {
          id: true,
          title: true,
          questions: { orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, choices: true, answer: true, explanation: true } },
        },
      },
    },
  });
  if (!attempt) return null;
  // In the order this student saw them; questions added to the set since come last.
  const order = parseIdList(attempt.questionOrder);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const questions = [...attempt.set.questions].sort((a, b) => rank(a.id) - rank(b.id));
  const byQuestion = new Map(attempt.responses.map((r) => [r.questionId, r]));
  return {
    id: attempt.id,
    number: attempt.number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    student: attempt.student,
    class: attempt.assignment!.class,
    set: { id: attempt.set.id, title: attempt.set.title },
    questions: questions.map((q) => ({ ...q, choices: parseChoices(q.choices), response: byQuestion.get(q.id) ?? null })),
  };
}

/** Every assignment of one of this teacher's classes, with the student's counted score. Null when not theirs. */
export async function studentReport(teacher: Teacher, classId: string, studentId: string) {
  const klass = await db.class.findFirst({ where: { id: classId, teacherId: teacher.id }, select: { id: true, name: true } });
  if (!klass) return null;
  const student = await db.user.findFirst({
    where: { id: studentId, role: "STUDENT", OR: [{ enrolments: { some: { classId } } }, { attempts: { some: { assignment: { classId } } } }] },
    select: { id: true, displayName: true, username: true },
  });
  if (!student) return null;
  await closeExpiredAttempts({ studentId });
  const assignments = await db.assignment.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      dueAt: true,
      scorePolicy: true,
      set: { select: { title: true } },
      attempts: {
        where: { studentId },
        select: { id: true, number: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
      },
    },
  });
  return {
    class: klass,
    student,
    assignments: assignments.map((a) => {
      const counted = countedAttempt(a.attempts, a.scorePolicy);
      return {
        id: a.id,
        title: a.set.title,
        dueAt: a.dueAt,
        attemptsUsed: a.attempts.length,
        inProgress: a.attempts.some((x) => !x.submittedAt),
        counted: counted && { id: counted.id, score: counted.score ?? 0, maxScore: counted.maxScore ?? 0, percent: percentOf(counted), submittedAt: counted.submittedAt! },
      };
    }),
  };
}

function round(n: number | null, digits: number) {
  return n === null ? null : Number(n.toFixed(digits));
}

/** One row per student: their counted attempt's answer to each question (1 right, 0 wrong, blank unanswered). */
export function scoresCsvRows(results: AssignmentResults): CsvValue[][] {
  const header = ["Student", "Username", ...results.questions.map((_, i) => `Q${i + 1}`), "Total", "Out of", "Percent", "Submitted at"];
  const rows = results.students.map((s) => [
    s.displayName,
    s.username,
    ...s.responses.map((r) => (s.counted && r ? (r.correct ? 1 : 0) : null)),
    s.counted?.score ?? null,
    s.counted?.maxScore ?? null,
    s.counted ? round(s.counted.percent, 1) : null,
    s.counted?.submittedAt.toISOString() ?? null,
  ]);
  return [header, ...rows];
}

/** One row per question: how the class did on it, how many chose each option, and its discrimination index. */
export function itemAnalysisCsvRows(results: AssignmentResults): CsvValue[][] {
  const maxOptions = Math.max(0, ...results.items.map((i) => i.options.length));
  const optionHeaders = Array.from({ length: maxOptions }, (_, k) => [`Option ${k + 1}`, `Option ${k + 1} count`]).flat();
  const header = ["Position", "Type", "Prompt", "Correct answer", "Percent correct", ...optionHeaders, "Unanswered", "Discrimination index"];
  const rows = results.items.map((item) => {
    const options = Array.from({ length: maxOptions }, (_, k) => (item.options[k] ? [item.options[k].choice, item.options[k].count] : [null, null])).flat();
    return [item.number, item.type, item.prompt, item.answer, round(item.percentCorrect, 1), ...options, item.unanswered, round(item.discrimination, 3)];
  });
  return [header, ...rows];
}
