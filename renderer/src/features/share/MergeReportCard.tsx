// The report of a finished merge, on screen and saved as JSON.
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { MergeReport } from '../../../../shared/archive';
import { saveMergeReport } from './archive-actions';
import { MergeCounts, shownValue } from './MergeCounts';

export function MergeReportCard({ name, report, onClose }: { name: string; report: MergeReport; onClose: () => void }) {
  const taken = report.conflicts.filter((c) => c.choice === 'take-incoming');
  const kept = report.conflicts.filter((c) => c.choice === 'keep-current');
  const card = useRef<HTMLElement>(null);
  // The report appears below the archive card: bring it into view once, when the merge is done.
  useEffect(() => card.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }), []);
  return (
    <Card ref={card} withBorder padding="lg" component="section" aria-labelledby="merge-report-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="merge-report-title">
          Merge report: {name}
        </Title>
        <MergeCounts report={report} caption="What the merge did" />
        {report.themeMappings.length > 0 && (
          <List size="sm">
            {report.themeMappings.map((m) => (
              <List.Item key={m.incomingId}>
                Theme “{m.incomingPath}”: {m.choice === 'new' ? `created beside “${m.suggestedPath}”` : `merged into “${m.suggestedPath}”`}
              </List.Item>
            ))}
          </List>
        )}
        {report.conflicts.length > 0 && (
          <Text size="sm">
            {kept.length} difference(s) kept as they were here; {taken.length} took the incoming value.
          </Text>
        )}
        {kept.length > 0 && (
          <List size="sm">
            {kept.slice(0, 20).map((c) => (
              <List.Item key={c.id}>
                {c.subject} — {c.field}: kept “{shownValue(c.current)}”, incoming was “{shownValue(c.incoming)}”
              </List.Item>
            ))}
          </List>
        )}
        {report.skipped.length > 0 && (
          <Text size="sm">
            Skipped: {report.skipped.length} item(s) ({report.skipped[0]!.reason}{report.skipped.length > 1 ? ', …' : ''}). The JSON report lists them all.
          </Text>
        )}
        <Group>
          <Button leftSection={<IconFileDownload size={18} />} onClick={() => void saveMergeReport(report, name)}>
            Save report as JSON
          </Button>
          <Button variant="default" onClick={onClose}>
            Close report
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
