// "Export to Word": choose footnotes or author–date citations, whether notes and heat-map pictures go along, then save the .docx.
import { Button, Checkbox, Popover, Radio, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import type { CitationStyle } from '../../../../shared/chapters';
import { useRepository } from '../../db';
import { svgToPng } from '../../platform/svg-to-png';
import { exportChapterToWord } from './export-actions';

export function ExportToWord({ chapterId }: { chapterId: string }) {
  const db = useRepository();
  const [opened, setOpened] = useState(false);
  const [citations, setCitations] = useState<CitationStyle>('footnotes');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [heatmaps, setHeatmaps] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if (await exportChapterToWord(db, chapterId, { citations, includeNotes, heatmapPictures: heatmaps ? svgToPng : undefined })) setOpened(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button size="xs" leftSection={<IconFileTypeDocx size={14} />} onClick={() => setOpened((o) => !o)}>
          Export to Word
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" maw={300}>
          <Radio.Group label="Citations" value={citations} onChange={(v) => setCitations(v as CitationStyle)}>
            <Stack gap={6} mt={6}>
              <Radio value="footnotes" label="Footnotes" description="Title, kind, city, date and page or time in a footnote" />
              <Radio value="author-date" label="Author–date in the text" description="(Title, year, page) after each quote" />
            </Stack>
          </Radio.Group>
          <Checkbox label="Include my notes" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} />
          <Checkbox
            label="Heat-map pictures"
            description="The heat map of each matrix table as a picture after it, with a figure caption"
            checked={heatmaps}
            onChange={(e) => setHeatmaps(e.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed">
            Word styles (Title, Heading 1–3, Quote, Caption, Table Grid), a contents field, page numbers and an appendix of sources and theme definitions.
          </Text>
          <Button onClick={() => void run()} loading={busy}>
            Export
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
