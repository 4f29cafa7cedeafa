// The warnings text extraction left on a document (skipped cues, unreadable pages …), folded away until asked for.
import { Alert, Anchor, List } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';

export function ExtractionWarnings({ warnings }: { warnings: readonly string[] }) {
  const [open, { toggle }] = useDisclosure(false);
  if (warnings.length === 0) return null;
  const count = `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`;
  return (
    <Alert variant="light" color="orange" p="xs" icon={<IconAlertTriangle size={18} />} data-testid="extraction-warnings">
      <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={open}>
        {open ? `Hide the ${count} from the import` : `The import left ${count}: show`}
      </Anchor>
      {open && (
        <List size="sm" mt={6} spacing={2}>
          {warnings.map((warning, i) => (
            <List.Item key={i}>{warning}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
