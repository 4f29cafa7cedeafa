// Header buttons for undo and redo; their tooltips name the change they would undo or redo.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { canUndoRedo } from '../../../shared/db';
import { useRepository } from '../db';
import { redoLastChange, undoLastChange } from './repository-actions';
import classes from './HeaderButton.module.css';

export function UndoRedoButtons() {
  const db = useRepository();
  const state = useLiveQuery(() => canUndoRedo(db), [db]);
  const undoLabel = state?.undo ? `Undo: ${state.undo}` : 'Nothing to undo';
  const redoLabel = state?.redo ? `Redo: ${state.redo}` : 'Nothing to redo';
  return (
    <Group gap={4}>
      <Tooltip label={undoLabel}>
        <ActionIcon variant="subtle" color="gray" size="lg" className={classes.headerButton} aria-label={undoLabel} disabled={!state?.undo} onClick={() => void undoLastChange(db)}>
          <IconArrowBackUp size={20} stroke={1.7} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={redoLabel}>
        <ActionIcon variant="subtle" color="gray" size="lg" className={classes.headerButton} aria-label={redoLabel} disabled={!state?.redo} onClick={() => void redoLastChange(db)}>
          <IconArrowForwardUp size={20} stroke={1.7} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
