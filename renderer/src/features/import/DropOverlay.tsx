// Accepts files and folders dropped anywhere on the window, showing where they will go while they are dragged.
import { Overlay, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { FileToImport } from '../../../../shared/import/pipeline/types';
import { carriesFiles, droppedEntries, filesOfEntries, filesOfList } from './dropped-files';

export function DropOverlay({ onFiles }: { onFiles: (files: FileToImport[]) => void }) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const onFilesRef = useRef(onFiles);
  onFilesRef.current = onFiles;

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const data = event.dataTransfer!;
      const entries = droppedEntries(data);
      const reading = entries.length > 0 ? filesOfEntries(entries) : filesOfList(data.files);
      void reading.then((files) => onFilesRef.current(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={400} backgroundOpacity={0.55} blur={2} center data-testid="drop-overlay" style={{ pointerEvents: 'none' }}>
      <Stack align="center" gap="sm" p="xl" bg="var(--mantine-color-body)" style={{ borderRadius: 'var(--mantine-radius-lg)', border: '2px dashed var(--mantine-primary-color-filled)' }}>
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconFileImport size={36} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600} size="lg">
          Drop files or folders to import them
        </Text>
        <Text c="dimmed" size="sm">
          Text, Word, PDF, OpenDocument, RTF, HTML, Markdown and subtitle files; folders are read with everything inside.
        </Text>
      </Stack>
    </Overlay>
  );
}
