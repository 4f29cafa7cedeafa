// Compare: what the city × theme comparison will do, and what it needs.
import { IconColumns3 } from '@tabler/icons-react';
import { ScreenIntro } from '../../components/ScreenIntro';
import { useRepositoryCounts } from '../../app/use-counts';

export function CompareScreen() {
  const counts = useRepositoryCounts();
  return (
    <ScreenIntro
      icon={IconColumns3}
      title="Compare"
      purpose="Set cities side by side, theme by theme: a matrix of cities × themes whose cells hold the coded passages, so you can read how housing, schooling or employment differ between Vienna, Prague and Burgas."
      needs={[
        { label: 'At least two cities', met: (counts?.cities ?? 0) >= 2 },
        { label: 'Themes in the codebook', met: (counts?.themes ?? 0) > 0 },
        { label: 'Coded passages', met: (counts?.segments ?? 0) > 0 },
      ]}
      status="The comparison matrix is not built in this version yet."
    />
  );
}
