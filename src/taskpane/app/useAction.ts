import { useState } from 'react';

/** Runs one user action at a time: a busy label while it runs, its error afterwards. */
export function useAction(onStart?: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function act(label: string, f: () => Promise<unknown>) {
    setBusy(label);
    setError(null);
    onStart?.();
    try {
      await f();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return { busy, error, setError, act };
}
