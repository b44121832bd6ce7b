"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a link, saying so out loud; the link also stays in a selectable field for browsers without clipboard access. */
export function CopyLink({ url, label }: { url: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Copied");
    } catch {
      setStatus("Could not copy automatically: select the link and copy it.");
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="join-link" className="font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="join-link"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm sm:min-w-64"
        />
        <Button variant="secondary" onClick={copy}>
          Copy join link
        </Button>
      </div>
      <p role="status" className="min-h-6 text-sm font-medium text-emerald-800">
        {status}
      </p>
    </div>
  );
}
