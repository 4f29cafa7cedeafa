// The Reader's visible hint for coding from the keyboard, with the full list of keys on request.
import { Anchor, Collapse, Group, Kbd, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { KEYBOARD_CODING_KEYS } from './keyboard-selection';

export const KEYBOARD_HINT_ID = 'reader-keyboard-hint';

export function KeyboardCodingHint() {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed" id={KEYBOARD_HINT_ID}>
          Code from the keyboard: focus the text (Tab), select with <Kbd size="xs">Shift</Kbd>+arrows or <Kbd size="xs">Enter</Kbd> for a
          paragraph, then press <Kbd size="xs">1</Kbd>–<Kbd size="xs">9</Kbd> or <Kbd size="xs">/</Kbd>.
        </Text>
        <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={opened} aria-controls="reader-keyboard-keys">
          {opened ? 'Hide keys' : 'All keys'}
        </Anchor>
      </Group>
      <Collapse in={opened} id="reader-keyboard-keys">
        <Table withRowBorders={false} verticalSpacing={2} fz="xs" mt={4} aria-label="Keyboard coding keys">
          <Table.Tbody>
            {KEYBOARD_CODING_KEYS.map((k) => (
              <Table.Tr key={k.keys}>
                <Table.Td w={150}>
                  <Kbd size="xs">{k.keys}</Kbd>
                </Table.Td>
                <Table.Td>{k.does}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Collapse>
    </div>
  );
}
