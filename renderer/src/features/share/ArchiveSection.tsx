// The repository archive on the Share screen: export all or a selection; open into an empty repository or merge into this one.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFilter, IconFolderOpen, IconGitMerge } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ArchiveSelection } from '../../../../shared/archive';
import { useRepositoryCounts } from '../../app/use-counts';
import { useRepository } from '../../db';
import { openRepositoryArchive, saveRepositoryArchive } from './archive-actions';
import { ExportSelectionDialog } from './ExportSelectionDialog';
import { onMergeRequest, takeMergeRequest } from './merge-request';
import { MergeReportCard } from './MergeReportCard';
import { MergeReviewDialog } from './MergeReviewDialog';
import { useMerge } from './use-merge';

type Busy = 'save' | 'selection' | 'open' | 'merge' | null;

export function ArchiveSection() {
  const db = useRepository();
  const counts = useRepositoryCounts();
  const merge = useMerge(db);
  const [busy, setBusy] = useState<Busy>(null);
  const [choosing, setChoosing] = useState(false);
  const run = async (which: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(which);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };
  const { start } = merge;
  useEffect(() => {
    const take = () => {
      if (takeMergeRequest()) void start();
    };
    take();
    return onMergeRequest(take);
  }, [start]);

  const empty = counts !== undefined && counts.documents + counts.themes + counts.cities === 0;
  const exportSelection = (selection: ArchiveSelection) =>
    void run('selection', async () => {
      await saveRepositoryArchive(db, selection);
      setChoosing(false);
    });
  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="archive-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="archive-title">
            Repository archive
          </Title>
          <Text size="sm">
            A <Text span ff="monospace">.comparanda</Text> file holds the repository: documents with their original files, cities, the codebook,
            coded passages, memos, chapters and the search index. Send it to a colleague, or keep it as a backup.
          </Text>
          <Group>
            <Button leftSection={<IconDownload size={18} />} onClick={() => void run('save', () => saveRepositoryArchive(db))} loading={busy === 'save'} disabled={busy !== null}>
              Export repository archive
            </Button>
            <Button variant="light" leftSection={<IconFilter size={18} />} onClick={() => setChoosing(true)} disabled={busy !== null || empty}>
              Export a selection…
            </Button>
          </Group>
          <Group>
            {empty ? (
              <Button variant="light" leftSection={<IconFolderOpen size={18} />} onClick={() => void run('open', () => openRepositoryArchive(db))} loading={busy === 'open'} disabled={busy !== null}>
                Open as new repository…
              </Button>
            ) : counts === undefined ? null : (
              <Button variant="light" leftSection={<IconGitMerge size={18} />} onClick={() => void run('merge', start)} loading={busy === 'merge'} disabled={busy !== null}>
                Merge an archive into this repository…
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {counts === undefined ? '' : empty
              ? 'This repository is empty: an archive opens into it as it is.'
              : 'Merging adds what the archive has that this repository lacks and keeps every coder’s passages; you review differences before anything is written, and Undo takes the merge back.'}
          </Text>
        </Stack>
      </Card>
      {merge.flow.step === 'done' && <MergeReportCard name={merge.flow.name} report={merge.flow.report} onClose={merge.close} />}
      {merge.flow.step === 'review' && (
        <MergeReviewDialog
          db={db}
          name={merge.flow.name}
          plan={merge.flow.plan}
          busy={merge.flow.busy}
          onTheme={(id, target) => void merge.chooseTheme(id, target)}
          onConflict={(id, choice) => void merge.chooseConflict(id, choice)}
          onApply={() => void merge.apply()}
          onCancel={merge.close}
        />
      )}
      <ExportSelectionDialog db={db} opened={choosing} busy={busy === 'selection'} onExport={exportSelection} onClose={() => setChoosing(false)} />
    </>
  );
}
