import "./zod-config";
import { z } from "zod";
import { normaliseJoinCode } from "@/lib/join-code";
import { DisplayNameSchema, PasswordSchema, UsernameSchema } from "./auth";

export const JoinCodeSchema = z
  .string()
  .transform(normaliseJoinCode)
  .pipe(z.string().min(1, "Enter the class code your teacher gave you.").max(12, "Class codes are 6 letters and numbers."));

export const NewStudentJoinSchema = z.object({
  code: JoinCodeSchema,
  displayName: DisplayNameSchema,
  username: UsernameSchema,
  password: PasswordSchema,
});

export const ExistingStudentJoinSchema = z.object({
  code: JoinCodeSchema,
  username: z.string().trim().toLowerCase().min(1, "Enter your username.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const SignedInJoinSchema = z.object({ code: JoinCodeSchema });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().max(200).optional(),
    password: PasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });
