"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/guards";
import { bulkAddRefusal } from "@/lib/auth/request-limits";
import { createClass, regenerateJoinCode, renameClass, setClassArchived } from "@/lib/data/classes";
import { bulkAddStudents, removeStudent, setTemporaryPassword, type LoginCard } from "@/lib/data/roster";
import type { FormState } from "@/lib/validation/form-state";
import { ClassIdSchema, CreateClassSchema, parseNameList, RenameClassSchema, RosterStudentSchema } from "@/lib/validation/teacher";

const CLASS_NOT_FOUND = "That class was not found. It may belong to another teacher.";
const STUDENT_NOT_FOUND = "That student is not in this class (any more).";

const classPath = (classId: string) => `/teacher/classes/${classId}`;

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const values = { name: String(formData.get("name") ?? "") };
  const parsed = CreateClassSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const klass = await createClass(teacher, parsed.data.name);
  revalidatePath("/teacher");
  redirect(classPath(klass.id));
}

export async function renameClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const values = { classId: String(formData.get("classId") ?? ""), name: String(formData.get("name") ?? "") };
  const parsed = RenameClassSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  if (!(await renameClass(teacher, parsed.data.classId, parsed.data.name))) return { message: CLASS_NOT_FOUND, values };
  revalidatePath(classPath(parsed.data.classId));
  revalidatePath("/teacher");
  return { ok: true, message: "Class renamed." };
}

export async function archiveClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = ClassIdSchema.safeParse({ classId: formData.get("classId") });
  if (!parsed.success) return { message: CLASS_NOT_FOUND };
  const archive = formData.get("archive") === "true";
  if (!(await setClassArchived(teacher, parsed.data.classId, archive))) return { message: CLASS_NOT_FOUND };
  revalidatePath(classPath(parsed.data.classId));
  revalidatePath("/teacher");
  return { ok: true, message: archive ? "Class archived. Students can no longer join it; its results stay here." : "Class restored." };
}

export async function regenerateCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = ClassIdSchema.safeParse({ classId: formData.get("classId") });
  if (!parsed.success) return { message: CLASS_NOT_FOUND };
  const code = await regenerateJoinCode(teacher, parsed.data.classId);
  if (!code) return { message: CLASS_NOT_FOUND };
  revalidatePath(classPath(parsed.data.classId));
  return { ok: true, message: `New join code: ${code}. The old code no longer works.` };
}

export async function removeStudentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = RosterStudentSchema.safeParse({ classId: formData.get("classId"), studentId: formData.get("studentId") });
  if (!parsed.success || !(await removeStudent(teacher, parsed.data.classId, parsed.data.studentId))) return { message: STUDENT_NOT_FOUND };
  revalidatePath(classPath(parsed.data.classId));
  return { ok: true, message: "Student removed from the class. Their account and past results are kept." };
}

export type TemporaryPasswordState = FormState & { temporary?: { displayName: string; username: string | null; password: string } };

export async function temporaryPasswordAction(_prev: TemporaryPasswordState, formData: FormData): Promise<TemporaryPasswordState> {
  const teacher = await requireTeacher();
  const parsed = RosterStudentSchema.safeParse({ classId: formData.get("classId"), studentId: formData.get("studentId") });
  if (!parsed.success) return { message: STUDENT_NOT_FOUND };
  const result = await setTemporaryPassword(teacher, parsed.data.classId, parsed.data.studentId);
  if (!result) return { message: STUDENT_NOT_FOUND };
  return { ok: true, temporary: { displayName: result.displayName, username: result.username, password: result.password } };
}

export type BulkAddState = FormState & { cards?: LoginCard[]; joinCode?: string; skipped?: string[] };

export async function bulkAddAction(_prev: BulkAddState, formData: FormData): Promise<BulkAddState> {
  const teacher = await requireTeacher();
  const names = String(formData.get("names") ?? "");
  const parsedId = ClassIdSchema.safeParse({ classId: formData.get("classId") });
  if (!parsedId.success) return { message: CLASS_NOT_FOUND, values: { names } };
  if (names.length > 20_000) return { errors: { names: ["That is too much text: paste at most 100 names."] }, values: { names } };
  const list = parseNameList(names);
  if (list.errors.length > 0) return { errors: { names: list.errors }, values: { names } };
  const refused = await bulkAddRefusal(teacher.id, list.names.length);
  if (refused) return { message: refused, values: { names } };
  const result = await bulkAddStudents(teacher, parsedId.data.classId, list.names);
  if (!result) return { message: "That class was not found, or it is archived.", values: { names } };
  revalidatePath(classPath(parsedId.data.classId));
  return { ok: true, cards: result.cards, joinCode: result.joinCode, skipped: list.duplicates };
}
