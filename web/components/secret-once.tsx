import { useState } from "react";

/** A secret shown once, with a copy button and a plain warning that it will not be shown again. */
export function SecretOnce({ secret, what }: { secret: string; what: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <p>Copy this {what} now: it is shown once and never again.</p>
      <code>{secret}</code>{" "}
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(secret);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
