import type { ComponentProps, ReactNode } from "react";

type FieldProps = { label: string; name: string; hint?: ReactNode; errors?: string[]; id?: string; className?: string };

/**
 * A label, hint and error around one control, wired for screen readers (aria-describedby, aria-invalid).
 * `control` receives the attributes the input or textarea must carry.
 */
function Field({
  label,
  name,
  hint,
  errors,
  id: givenId,
  className = "",
  control,
}: FieldProps & { control: (a11y: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const id = givenId ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {control({
        id,
        name,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const CONTROL = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700";

export function TextField({ label, name, hint, errors, className, id, ...input }: ComponentProps<"input"> & FieldProps) {
  return (
    <Field
      {...{ label, name, hint, errors, className, id }}
      control={(a11y) => <input {...a11y} className={`min-h-11 ${CONTROL}`} {...input} />}
    />
  );
}

export function TextAreaField({ label, name, hint, errors, className, id, ...textarea }: ComponentProps<"textarea"> & FieldProps) {
  return <Field {...{ label, name, hint, errors, className, id }} control={(a11y) => <textarea {...a11y} className={CONTROL} {...textarea} />} />;
}
