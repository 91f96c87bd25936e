// The one form-errors helper. A form keeps its own draft; when a save fails, the server's result
// ({ ok: false, error: { message, issues: [{ path, message }] } }) is handed to `form.failed(...)`: the
// message goes to the form's banner, each issue beside its field (Field sets aria-invalid and
// aria-describedby), and focus moves to the first invalid field. Checks made in the form itself
// (a sum that does not parse) use the same path: `form.failed({ issues: [...] })`.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldIssue } from '../../../shared/api/result';

export interface ServerForm {
  /**
   * Put on the <form> (or the element around the fields): where focus looks for the first invalid field.
   * Take it out when calling the hook (`const { ref: formRef, ...form } = useServerForm()`): React's lint
   * reads `form.ref` in JSX as a ref read during render and then distrusts the whole object.
   */
  ref: RefObject<HTMLFormElement | null>;
  /** The form-level message, or null. */
  error: string | null;
  /** The message for a field, by its path in the operation's input ("title", "items.2.duration"). */
  issueFor: (...paths: string[]) => string | undefined;
  /** Shows a failure and focuses its first invalid field. */
  failed: (error: { message?: string | undefined; issues?: FieldIssue[] | undefined }) => void;
  /** Clears the message and all field errors (after a successful save, or a fresh start). */
  clear: () => void;
}

const INVALID = '[aria-invalid="true"], .field-invalid input, .field-invalid select, .field-invalid textarea';

export function useServerForm(): ServerForm {
  const ref = useRef<HTMLFormElement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (!focusRequest) return;
    const first = ref.current?.querySelector<HTMLElement>(INVALID);
    first?.focus();
  }, [focusRequest]);

  const issueFor = useCallback((...paths: string[]) => issues.find((i) => paths.includes(i.path))?.message, [issues]);
  const failed = useCallback((e: { message?: string | undefined; issues?: FieldIssue[] | undefined }) => {
    setError(e.message ?? null);
    setIssues(e.issues ?? []);
    if (e.issues?.length) setFocusRequest((n) => n + 1);
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setIssues([]);
  }, []);
  return { ref, error, issueFor, failed, clear };
}
