import "./zod-config";
import { z } from "zod";
import { cleanName, NAME_MESSAGES } from "./names";

export const PASSWORD_MIN = 8;

/** Normalised and checked for invisible or direction-changing characters: lib/validation/names.ts. */
export const DisplayNameSchema = z.string().transform((value, ctx) => {
  const result = cleanName(value, 60);
  if (result.ok) return result.name;
  ctx.addIssue({ code: "custom", message: result.message === NAME_MESSAGES.empty ? "Enter your name." : result.message });
  return z.NEVER;
});

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, "Use 200 characters or fewer.");

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email is too long.")
  .pipe(z.email("Enter an email address like name@school.org."));

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(30, "Use 30 characters or fewer.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use letters, numbers, dots, dashes or underscores.");

export const TeacherSignUpSchema = z.object({
  displayName: DisplayNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

/** One sign-in form for everyone: an email signs a teacher in, a username a student. */
export const SignInSchema = z.object({
  identifier: z.string().trim().toLowerCase().min(1, "Enter your email or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});
