// Chapters: what chapter writing will do, and what it needs.
import { IconBook2 } from '@tabler/icons-react';
import { ScreenIntro } from '../../components/ScreenIntro';
import { useRepositoryCounts } from '../../app/use-counts';

export function ChaptersScreen() {
  const counts = useRepositoryCounts();
  return (
    <ScreenIntro
      icon={IconBook2}
      title="Chapters"
      purpose="Write a comparative chapter from your material: headings and your own paragraphs, quotes taken from coded passages with their citation, and comparison tables, exported to a Word document."
      needs={[
        { label: 'Coded passages to quote', met: (counts?.segments ?? 0) > 0 },
        { label: 'Chapters', met: (counts?.chapters ?? 0) > 0 },
      ]}
      status="The chapter editor is not built in this version yet."
    />
  );
}
