// The merge flow's state: pick an archive, plan, review (theme mappings, conflict choices), apply, then the report.
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { applyMerge, planMerge, type ConflictChoice, type MergeOverrides, type MergePlan, type MergeReport } from '../../../../shared/archive';
import type { MutationContext, RepositoryDb } from '../../../../shared/db';
import { backgroundWork } from '../../app/background-work';
import { useAskCoder } from '../../app/CoderName';
import { pickArchiveToMerge } from './archive-actions';

export type MergeFlow =
  | { step: 'idle' }
  | { step: 'review'; name: string; plan: MergePlan; ctx: MutationContext; busy: boolean }
  | { step: 'done'; name: string; report: MergeReport };

export interface MergeControls {
  flow: MergeFlow;
  start: () => Promise<void>;
  chooseTheme: (incomingId: string, target: string) => Promise<void>;
  chooseConflict: (conflictId: string, choice: ConflictChoice) => Promise<void>;
  apply: () => Promise<void>;
  close: () => void;
}

export function useMerge(db: RepositoryDb): MergeControls {
  const ask = useAskCoder();
  const [flow, setFlow] = useState<MergeFlow>({ step: 'idle' });

  // The coder is asked first, so the question never sits under the review dialog.
  const start = useCallback(async () => {
    const ctx = await ask();
    if (!ctx) return;
    const picked = await pickArchiveToMerge();
    if (!picked) return;
    const plan = await backgroundWork.run(`Comparing ${picked.name} with this repository`, () => planMerge(db, picked.contents));
    setFlow({ step: 'review', name: picked.name, plan, ctx, busy: false });
  }, [ask, db]);

  const replan = useCallback(
    async (edit: (overrides: MergeOverrides) => MergeOverrides) => {
      if (flow.step !== 'review') return;
      const plan = await planMerge(db, flow.plan.incoming, edit(flow.plan.overrides));
      setFlow({ ...flow, plan });
    },
    [db, flow],
  );

  const chooseTheme = useCallback(
    (incomingId: string, target: string) => replan((o) => ({ ...o, themes: { ...o.themes, [incomingId]: target } })),
    [replan],
  );
  const chooseConflict = useCallback(
    (conflictId: string, choice: ConflictChoice) => replan((o) => ({ ...o, conflicts: { ...o.conflicts, [conflictId]: choice } })),
    [replan],
  );

  const apply = useCallback(async () => {
    if (flow.step !== 'review') return;
    setFlow({ ...flow, busy: true });
    const result = await backgroundWork.run(`Merging ${flow.name}`, () => applyMerge(db, flow.ctx, flow.plan));
    if (!result.ok) {
      notifications.show({ title: `${flow.name} was not merged`, message: result.error.message, color: 'red', autoClose: 10_000 });
      setFlow({ ...flow, busy: false });
      return;
    }
    setFlow({ step: 'done', name: flow.name, report: result.value });
  }, [db, flow]);

  const close = useCallback(() => setFlow({ step: 'idle' }), []);
  return { flow, start, chooseTheme, chooseConflict, apply, close };
}
