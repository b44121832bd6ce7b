"use client";
import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { addArticleAction, generateSetAction, type AddArticleState } from "@/app/teacher/articles/actions";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { articleTooLong } from "@/lib/articles-limit";
import { initialFormState } from "@/lib/validation/form-state";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/teacher";

/** What the teacher typed, so that a failed request never empties the form. */
function typedValues(formData: FormData) {
  return { title: String(formData.get("title") ?? ""), source: String(formData.get("source") ?? ""), text: String(formData.get("text") ?? "") };
}

/**
 * The server action, with what the teacher typed kept if the request fails before reaching it (the server refuses
 * a body over its size limit, or the network drops): the form shows a message instead of an error page.
 */
async function addArticleKeepingInput(prev: AddArticleState, formData: FormData): Promise<AddArticleState> {
  try {
    return await addArticleAction(prev, formData);
  } catch (err) {
    // redirect() after a successful add travels as an error and must go on.
    if (err && typeof err === "object" && "digest" in err && String(err.digest).startsWith("NEXT_REDIRECT")) throw err;
    return { message: "The article could not be sent. What you typed is still here: check your connection and try again.", values: typedValues(formData) };
  }
}

export function AddArticleForm({ maxChars }: { maxChars: number }) {
  const [state, action] = useActionState<AddArticleState, FormData>(addArticleKeepingInput, initialFormState);
  const [fileError, setFileError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const fileErrors = fileError ? [fileError] : state.errors?.file;
  const textErrors = textError ? [textError] : state.errors?.text;
  return (
    <form
      action={action}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(e) => {
        // Checked here so that a huge paste is never sent: the server would refuse the request and the text be lost.
        const text = e.currentTarget.elements.namedItem("text");
        const length = text instanceof HTMLTextAreaElement ? text.value.length : 0;
        if (length > maxChars) {
          e.preventDefault();
          setTextError(articleTooLong(length, maxChars));
          if (text instanceof HTMLTextAreaElement) text.focus();
        } else {
          setTextError(null);
        }
      }}
    >
      {state.message ? (
        <Notice tone="error">
          {state.message}{" "}
          {state.existingArticleId ? (
            <Link href={`/teacher/articles/${state.existingArticleId}`} className="font-medium underline">
              Open the article you added before
            </Link>
          ) : null}
        </Notice>
      ) : null}
      <TextField label="Title" name="title" required maxLength={200} defaultValue={state.values?.title} errors={state.errors?.title} />
      <TextField
        label="Source (optional)"
        name="source"
        maxLength={200}
        hint="Where it was published, e.g. The New York Times, April 26, 2024"
        defaultValue={state.values?.source}
        errors={state.errors?.source}
      />
      <TextAreaField
        id="article-text"
        label="Article text"
        name="text"
        rows={10}
        hint={`Paste the article here, or upload a file below instead. At most ${maxChars.toLocaleString("en-US")} characters.`}
        defaultValue={state.values?.text}
        errors={textErrors}
      />
      <TextField
        label="Or upload a file"
        name="file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint="A .txt, .md or .html file of at most 1 MB. Web pages are cleaned to their text; scripts and styles are dropped."
        errors={fileErrors}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file && file.size > MAX_UPLOAD_BYTES) {
            setFileError("That file is larger than 1 MB. Paste the article's text instead, or upload a smaller file.");
            e.currentTarget.value = "";
          } else {
            setFileError(null);
          }
        }}
      />
      <div>
        <SubmitButton pendingText="Adding article…">Add article</SubmitButton>
      </div>
    </form>
  );
}

function GenerateButton() {
  const { pending } = useFormStatus();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setSlow(true), 1000);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return (
    <>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass("primary")}>
        {pending ? (slow ? "Still generating: long articles take a few seconds…" : "Generating questions…") : "Generate a question set"}
      </button>
      <p role="status" className="sr-only">
        {pending ? "Generating questions" : ""}
      </p>
    </>
  );
}

export function GenerateSetForm({ articleId }: { articleId: string }) {
  const [state, action] = useActionState(generateSetAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      {state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="articleId" value={articleId} />
      <div>
        <GenerateButton />
      </div>
    </form>
  );
}
