// The footer: background work with progress and a cancel button, otherwise what the repository holds.
import { Button, Group, Progress, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { countRepository } from '../../../shared/db';
import { useRepository } from '../db';
import { useBackgroundWork, type BackgroundTask } from './background-work';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function TaskProgress({ task }: { task: BackgroundTask }) {
  const known = task.total !== null && task.total > 0;
  const percent = known ? Math.min(100, (task.done / task.total!) * 100) : 100;
  return (
    <Group gap="sm" wrap="nowrap" style={{ flex: 1 }}>
      <Text size="xs" truncate>
        {task.label}
        {known ? ` (${task.done.toLocaleString('en')} of ${task.total!.toLocaleString('en')})` : '…'}
        {task.detail ? ` · ${task.detail}` : ''}
      </Text>
      <Progress
        value={percent}
        animated={!known}
        striped={!known}
        size="sm"
        w={160}
        aria-label={task.label}
        aria-valuetext={known ? `${Math.round(percent)}%` : 'working'}
      />
      {task.cancel && (
        <Button size="compact-xs" variant="subtle" color="gray" onClick={task.cancel}>
          Cancel
        </Button>
      )}
    </Group>
  );
}

export function StatusBar() {
  const db = useRepository();
  const tasks = useBackgroundWork();
  const counts = useLiveQuery(() => countRepository(db), [db]);
  const first = tasks[0];
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" role="status" aria-live="polite">
      {first ? (
        <TaskProgress task={first} />
      ) : (
        <Text size="xs" c="dimmed" truncate>
          {counts
            ? [
                plural(counts.documents, 'document', 'documents'),
                plural(counts.cities, 'city', 'cities'),
                plural(counts.themes, 'theme', 'themes'),
                plural(counts.segments, 'coded passage', 'coded passages'),
              ].join(' · ')
            : 'Opening the repository…'}
        </Text>
      )}
      {tasks.length > 1 && (
        <Text size="xs" c="dimmed">
          +{tasks.length - 1} more
        </Text>
      )}
    </Group>
  );
}
