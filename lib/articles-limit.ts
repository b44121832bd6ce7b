/**
 * The message for an article over the question engine's limit, shared by the form (which checks before sending, so
 * a huge paste never meets the server's body limit and nothing the teacher typed is lost) and the server action.
 */
export function articleTooLong(length: number, max: number): string {
  return `The article is too long (${length.toLocaleString("en-US")} characters; the limit is ${max.toLocaleString("en-US")}). Nothing was sent: shorten it, or add it in parts.`;
}
