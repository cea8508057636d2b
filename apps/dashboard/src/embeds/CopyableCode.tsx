import { useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';

export interface CopyableCodeProps {
  /** What the code is, as its caption. */
  readonly label: string;
  readonly code: string;
  /** The button's words: "Copy snippet". */
  readonly copyLabel: string;
}

/**
 * Code to paste elsewhere, read-only, with a button that copies it and says so politely. Where the
 * browser will not copy, the code is selected instead, and the reader is told to copy it.
 */
export function CopyableCode({ label, code, copyLabel }: CopyableCodeProps) {
  const { t } = useLocale();
  const codeRef = useRef<HTMLPreElement>(null);
  // Counted, so that copying twice says it twice.
  const [copied, setCopied] = useState<{ readonly done: boolean; readonly count: number } | null>(null);

  async function copy() {
    let done = true;
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      done = false;
      if (codeRef.current) window.getSelection()?.selectAllChildren(codeRef.current);
    }
    setCopied((previous) => ({ done, count: (previous?.count ?? 0) + 1 }));
  }

  return (
    <figure className="copyable">
      <figcaption className="field__label">{label}</figcaption>
      <pre ref={codeRef} className="copyable__code">
        <code>{code}</code>
      </pre>
      <div className="copyable__actions">
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <p role="status" className="copyable__status">
          {copied ? <span key={copied.count}>{t(copied.done ? 'dashboard.embed.copied' : 'dashboard.embed.copyFailed')}</span> : null}
        </p>
      </div>
    </figure>
  );
}
