import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiProblem, networkProblem } from '../problem.ts';

export interface Loaded<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload: () => void;
  set: (data: T) => void;
}

/** Loads `load()` when `keys` change; keeps the problem for the screen to show. */
export function useLoad<T>(load: () => Promise<T>, keys: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; problem?: ApiProblem; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) =>
        live &&
        setState({ problem: error instanceof ApiProblem ? error : networkProblem(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...keys, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, set } as Loaded<T>;
}

/** Runs an action, keeping its problem (if any) and whether it is under way. */
export function useAction() {
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : networkProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return {
    problem,
    busy,
    run,
    fields: problem?.status === 422 ? problem.fields : {},
    clear: () => setProblem(undefined),
  };
}
