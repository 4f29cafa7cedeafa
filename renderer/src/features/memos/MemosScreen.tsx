// The Memos screen: every memo with what it is about, filtered by target type; a click leads to the target.
import { Anchor, Badge, Card, Center, Group, Loader, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listMemos, type MemoListEntry } from '../../../../shared/coding';
import { getDocumentText, type RepositoryDb } from '../../../../shared/db';
import { MEMO_TARGETS, type MemoTarget } from '../../../../shared/model';
import { useRepository } from '../../db';

const TARGET_LABELS: Partial<Record<MemoTarget, string>> = { document: 'Document', theme: 'Theme', city: 'City', segment: 'Passage', cell: 'Compare cell', repository: 'Repository' };

/** Where a memo's target is shown: a document's Reader, the Codebook, or the passage in its document. */
async function targetHref(db: RepositoryDb, memo: MemoListEntry): Promise<string | null> {
  if (!memo.targetExists) return null;
  switch (memo.targetType) {
    case 'document':
      return `#/reader/${encodeURIComponent(memo.targetId)}`;
    case 'segment': {
      const segment = await db.segments.get(memo.targetId);
      return segment ? `#/reader/${encodeURIComponent(segment.documentId)}/${segment.start}` : null;
    }
    case 'theme':
    case 'city':
      return '#/codebook';
    case 'cell':
      return '#/compare';
    default:
      return null;
  }
}

/** The memo a coded passage carries itself (written in the Reader's passage panel), shown like a memo on the passage. */
async function passageMemos(db: RepositoryDb): Promise<{ memo: MemoListEntry; href: string }[]> {
  const segments = await db.segments.filter((s) => s.memo.trim() !== '').toArray();
  return Promise.all(
    segments.map(async (s) => {
      const [doc, text] = await Promise.all([db.documents.get(s.documentId), getDocumentText(db, s.documentId)]);
      const quote = text.slice(s.start, s.end).replace(/\s+/g, ' ');
      const name = `“${quote.length > 60 ? `${quote.slice(0, 59)}…` : quote}” in ${doc?.title ?? 'a removed document'}`;
      return {
        memo: { id: `passage-${s.id}`, targetType: 'segment' as const, targetId: s.id, title: '', text: s.memo, coder: s.coder, createdAt: s.createdAt, updatedAt: s.updatedAt, targetName: name, targetExists: true },
        // The Reader opens at the passage (the route the Search screen's hits use).
        href: `#/reader/${encodeURIComponent(s.documentId)}/${s.start}`,
      };
    }),
  );
}

export function MemosScreen() {
  const db = useRepository();
  const [filter, setFilter] = useState<string>('all');
  const memos = useLiveQuery(async () => {
    const list = await listMemos(db, filter === 'all' ? {} : { targetType: filter as MemoTarget });
    const entries = await Promise.all(list.map(async (memo) => ({ memo, href: await targetHref(db, memo) })));
    if (filter === 'all' || filter === 'segment') entries.push(...(await passageMemos(db)));
    return entries.sort((a, b) => b.memo.updatedAt.localeCompare(a.memo.updatedAt));
  }, [db, filter]);
  return (
    <ScrollArea flex={1} type="auto">
      <Stack gap="md" px="xl" py="lg" maw={900} mx="auto">
        <div>
          <Title order={2}>Memos</Title>
          <Text size="sm" c="dimmed">
            Your notes on documents, themes, cities and coded passages, most recently edited first.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Show memos on"
          value={filter}
          onChange={setFilter}
          data={[{ value: 'all', label: 'All' }, ...MEMO_TARGETS.map((t) => ({ value: t, label: TARGET_LABELS[t] ?? t }))]}
        />
        {!memos ? (
          <Center>
            <Loader aria-label="Reading the memos" />
          </Center>
        ) : memos.length === 0 ? (
          <Text c="dimmed">No memos here yet. Write them in the Reader (on a document or a coded passage) and in the Codebook.</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Memos">
            {memos.map(({ memo, href }) => (
              <Card key={memo.id} component="li" withBorder padding="sm" data-testid="memo-entry">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} miw={0}>
                    <Group gap="xs">
                      <Badge variant="light" tt="none" radius="sm">
                        {TARGET_LABELS[memo.targetType] ?? memo.targetType}
                      </Badge>
                      {href ? (
                        <Anchor href={href} fw={600} size="sm">
                          {memo.targetName}
                        </Anchor>
                      ) : (
                        <Text fw={600} size="sm">
                          {memo.targetName}
                        </Text>
                      )}
                    </Group>
                    {memo.title && <Text fw={500}>{memo.title}</Text>}
                    <Text size="sm" lineClamp={3} c={memo.text ? undefined : 'dimmed'}>
                      {memo.text || 'Empty memo'}
                    </Text>
                  </Stack>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {memo.coder} · {new Date(memo.updatedAt).toLocaleDateString()}
                  </Text>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </ScrollArea>
  );
}
