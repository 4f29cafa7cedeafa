// Help › Keyboard shortcuts: the modal listing every shortcut, the header button that opens it, and the "?" key and menu command.
import { ActionIcon, Kbd, Modal, Stack, Table, Title, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useEffect } from 'react';
import { bridge, isDesktop } from '../../bridge';
import { isTypingTarget } from '../../platform/keyboard-commands';
import { closeKeyboardShortcuts, openKeyboardShortcuts, useKeyboardShortcutsOpen } from './keyboard-shortcuts';
import { shortcutGroups } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function Keys({ keys }: { keys: string }) {
  // "Ctrl+Shift+Z or Ctrl+Y" → each alternative in its own <kbd>, the words between kept as text.
  return (
    <>
      {keys.split(/(\s+or\s+|,\s+)/).map((part, i) => (i % 2 === 1 ? <span key={i}>{part}</span> : <Kbd key={i}>{part}</Kbd>))}
    </>
  );
}

export function KeyboardShortcutsModal() {
  const opened = useKeyboardShortcutsOpen();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      openKeyboardShortcuts();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = bridge.onMenuCommand((command) => command === 'keyboard-shortcuts' && openKeyboardShortcuts());
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
  return (
    <Modal opened={opened} onClose={closeKeyboardShortcuts} title="Keyboard shortcuts" size="lg">
      <Stack gap="lg">
        {shortcutGroups(isDesktop, isMac).map((group) => (
          <section key={group.title} aria-label={group.title}>
            <Title order={3} size="h5" mb={6}>
              {group.title}
            </Title>
            <Table withRowBorders={false} verticalSpacing={4}>
              <Table.Tbody>
                {group.shortcuts.map((shortcut) => (
                  <Table.Tr key={shortcut.keys + shortcut.does}>
                    <Table.Th scope="row" w="40%" fw={400}>
                      <Keys keys={shortcut.keys} />
                    </Table.Th>
                    <Table.Td>{shortcut.does}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}

export function KeyboardShortcutsButton() {
  return (
    <Tooltip label="Keyboard shortcuts (?)">
      <ActionIcon variant="subtle" color="gray" size="lg" aria-label="Keyboard shortcuts" onClick={openKeyboardShortcuts}>
        <IconKeyboard size={20} stroke={1.7} />
      </ActionIcon>
    </Tooltip>
  );
}
