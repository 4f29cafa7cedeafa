// Search: what full-text search across the repository will do, and what it needs.
import { IconSearch } from '@tabler/icons-react';
import { ScreenIntro } from '../../components/ScreenIntro';
import { useRepositoryCounts } from '../../app/use-counts';

export function SearchScreen() {
  const counts = useRepositoryCounts();
  return (
    <ScreenIntro
      icon={IconSearch}
      title="Search"
      purpose='Find passages across every document: words in any language with or without accents (Zürich = Zurich), "exact phrases", prefixes, and filters such as city:Vienna or theme:housing. Each hit lands on a paragraph or speaker turn you can read in context and code.'
      needs={[{ label: 'Documents with text', met: (counts?.documents ?? 0) > 0 }]}
      status="The search index is not built in this version yet."
    />
  );
}
