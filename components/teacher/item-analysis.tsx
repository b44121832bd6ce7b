"use client";
import { useState } from "react";

export type ItemRow = {
  questionId: string;
  number: number;
  typeLabel: string;
  prompt: string;
  options: { choice: string; count: number; correct: boolean; popularWrong: boolean }[];
  otherAnswers: number;
  unanswered: number;
  percentCorrect: number | null;
  discrimination: number | null;
  discriminationText: string;
};

type SortKey = "number" | "difficulty" | "discrimination";
type Sort = { key: SortKey; ascending: boolean };

const SORT_TEXT: Record<SortKey, [string, string]> = {
  number: ["in quiz order", "in reverse quiz order"],
  difficulty: ["hardest first (fewest correct)", "easiest first (most correct)"],
  discrimination: ["lowest discrimination first", "highest discrimination first"],
};

function percent(value: number | null) {
  return value === null ? "–" : `${Math.round(value)}%`;
}

function sortValue(item: ItemRow, key: SortKey): number {
  if (key === "number") return item.number;
  // Questions nobody has answered yet sort last either way round.
  const v = key === "difficulty" ? item.percentCorrect : item.discrimination;
  return v ?? Number.NaN;
}

function sorted(items: ItemRow[], { key, ascending }: Sort) {
  return [...items].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a.number - b.number : 1) : -1;
    return (ascending ? x - y : y - x) || a.number - b.number;
  });
}

/**
 * Item analysis: a table of the questions that sorts by difficulty or discrimination (column buttons, aria-sort),
 * and a card per question, in the same order, with a bar per option and its count in words. Without JavaScript
 * the questions show in quiz order.
 */
export function ItemAnalysis({ items, submitted }: { items: ItemRow[]; submitted: number }) {
  const [sort, setSort] = useState<Sort>({ key: "number", ascending: true });
  const rows = sorted(items, sort);

  function header(key: SortKey, label: string, className = "") {
    const active = sort.key === key;
    return (
      <th scope="col" className={`p-2 ${className}`} aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-800 underline"
          onClick={() => setSort(active ? { key, ascending: !sort.ascending } : { key, ascending: true })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? "▲" : "▼") : "↕"}</span>
        </button>
      </th>
    );
  }

  return (
    <>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Questions at a glance">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
          <caption className="p-2 text-left text-slate-700">
            Questions at a glance, <span data-testid="item-sort">{SORT_TEXT[sort.key][sort.ascending ? 0 : 1]}</span>. Use the column buttons to sort; the
            cards below follow the same order.
          </caption>
          <thead className="bg-slate-50">
            <tr>
              {header("number", "No.", "w-16")}
              <th scope="col" className="p-2">
                Question
              </th>
              {header("difficulty", "Correct", "w-28")}
              {header("discrimination", "Discrimination", "w-36")}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={item.questionId} className="border-t border-slate-200" data-testid="item-row">
                <td className="p-2 tabular-nums">{item.number}</td>
                <th scope="row" className="p-2 font-normal">
                  <a href={`#item-${item.number}`} className="text-brand-800 underline">
                    {item.prompt}
                  </a>
                </th>
                <td className="p-2 tabular-nums">{percent(item.percentCorrect)}</td>
                <td className="p-2 tabular-nums">{item.discrimination === null ? "–" : item.discrimination.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ol className="mt-4 flex flex-col gap-4">
        {rows.map((item) => (
          <li key={item.questionId} id={`item-${item.number}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="text-sm font-semibold text-slate-600">
              Question {item.number} · {item.typeLabel}
            </h3>
            <p className="mt-1 font-medium">{item.prompt}</p>
            <p className="mt-1 text-sm">
              <span className="font-semibold">{percent(item.percentCorrect)}</span> correct · discrimination index{" "}
              <span className="font-semibold tabular-nums">{item.discrimination === null ? "–" : item.discrimination.toFixed(2)}</span>:{" "}
              <span data-testid="discrimination-words">{item.discriminationText}</span>
            </p>
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <caption className="sr-only">How many of the {submitted} students chose each option for question {item.number}</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1">
                    Option
                  </th>
                  <th scope="col" className="w-28 p-1 text-right">
                    Chosen by
                  </th>
                </tr>
              </thead>
              <tbody>
                {item.options.map((o) => (
                  <tr key={o.choice} className="border-t border-slate-200" data-testid={o.popularWrong ? "popular-wrong" : "option"}>
                    <td className="p-1">
                      <span className="break-words">{o.choice}</span>
                      {o.correct ? <span className="ml-2 font-semibold text-emerald-900">✓ Correct answer</span> : null}
                      {o.popularWrong ? <span className="ml-2 font-semibold text-amber-900">⚠ Most common wrong answer</span> : null}
                      <div className="mt-1 h-3 w-full rounded-sm bg-slate-100" aria-hidden="true">
                        <div
                          className={`h-3 rounded-sm ${o.correct ? "bg-emerald-600" : o.popularWrong ? "bg-amber-500" : "bg-slate-500"}`}
                          style={{ width: `${submitted ? (100 * o.count) / submitted : 0}%` }}
                        />
                      </div>
                    </td>
                    <td className="p-1 text-right align-top tabular-nums" data-testid="option-count">
                      {o.count} of {submitted}
                      {submitted ? <span className="block text-xs text-slate-600">{Math.round((100 * o.count) / submitted)}%</span> : null}
                    </td>
                  </tr>
                ))}
                {item.otherAnswers > 0 ? (
                  <tr className="border-t border-slate-200">
                    <td className="p-1 italic">Answers to an earlier version of this question</td>
                    <td className="p-1 text-right tabular-nums">
                      {item.otherAnswers} of {submitted}
                    </td>
                  </tr>
                ) : null}
                <tr className="border-t border-slate-200">
                  <td className="p-1 italic">Not answered</td>
                  <td className="p-1 text-right tabular-nums">
                    {item.unanswered} of {submitted}
                  </td>
                </tr>
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </>
  );
}
