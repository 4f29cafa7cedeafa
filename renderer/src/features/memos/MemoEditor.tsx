// Memos on one target (document, theme, city, segment): listed, edited in place (saved on blur), added and deleted.
import { ActionIcon, Button, Group, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { createMemo, deleteMemo, updateMemo } from '../../../../shared/coding';
import type { Memo, MemoTarget } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { withCoder } from '../reader/coding-actions';

function MemoField({ memo }: { memo: Memo }) {
  const db = useRepository();
  const ask = useAskCoder();
  const [text, setText] = useState(memo.text);
  return (
    <Stack gap={2}>
      <Textarea
        aria-label={`Memo of ${new Date(memo.createdAt).toLocaleDateString()}`}
        autosize
        minRows={2}
        maxRows={10}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          if (text !== memo.text) void withCoder(ask, 'The memo was not saved', (ctx) => updateMemo(db, ctx, memo.id, { text }));
        }}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {memo.coder} · {new Date(memo.updatedAt).toLocaleString()}
        </Text>
        <Tooltip label="Delete this memo">
          <ActionIcon size="sm" variant="subtle" color="red" aria-label="Delete this memo" onClick={() => void withCoder(ask, 'The memo was not deleted', (ctx) => deleteMemo(db, ctx, memo.id))}>
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Stack>
  );
}

export function MemoEditor({ targetType, targetId, heading = 'Memos' }: { targetType: MemoTarget; targetId: string; heading?: string }) {
  const db = useRepository();
  const ask = useAskCoder();
  const memos = useLiveQuery(() => db.memos.where('[targetType+targetId]').equals([targetType, targetId]).sortBy('createdAt'), [db, targetType, targetId]);
  return (
    <Stack gap="xs" role="group" aria-label={heading}>
      <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
        {heading}
      </Title>
      {(memos ?? []).map((memo) => (
        <MemoField key={`${memo.id}-${memo.updatedAt}`} memo={memo} />
      ))}
      <Button size="xs" variant="subtle" justify="flex-start" onClick={() => void withCoder(ask, 'The memo was not added', (ctx) => createMemo(db, ctx, { targetType, targetId, text: '' }))}>
        Add a memo
      </Button>
    </Stack>
  );
}
