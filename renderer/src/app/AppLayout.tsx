// The application frame: header with repository name and undo/redo, the screens' navbar, and the status bar.
import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text, Title, Tooltip, ActionIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHistory, IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { repositoryName } from '../../../shared/db';
import { isDesktop } from '../bridge';
import { useRepository } from '../db';
import { KeyboardShortcutsButton } from '../features/help/KeyboardShortcuts';
import { HistoryDrawer } from '../features/history/HistoryDrawer';
import { SavedSearchLinks } from '../features/search/SavedSearchLinks';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { SCREENS, screenOf } from './navigation';
import { StatusBar } from './StatusBar';
import { UndoRedoButtons } from './UndoRedoButtons';

interface AppLayoutProps {
  location: string;
  /** Where the Reader entry leads: the document last opened, when there is one. */
  readerPath: string;
  onAbout: () => void;
  children: ReactNode;
}

export function AppLayout({ location, readerPath, onAbout, children }: AppLayoutProps) {
  const db = useRepository();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const [historyOpen, history] = useDisclosure(false);
  const name = useLiveQuery(() => repositoryName(db), [db]);
  const current = screenOf(location);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 216, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      footer={{ height: 32 }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Show screens" />
            <Title order={1} size="h4" c="var(--app-brand-colour)">
              Comparanda
            </Title>
            {name && (
              <Text size="sm" c="dimmed" truncate title="Repository">
                {name}
              </Text>
            )}
            {!isDesktop && (
              <Tooltip label="Your repository is stored in this browser, on this computer only.">
                <Badge variant="light" color="gray" size="sm" visibleFrom="md">
                  Browser
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <UndoRedoButtons />
            <Tooltip label="History of changes">
              <ActionIcon variant="subtle" color="gray" size="lg" aria-label="History" onClick={history.open}>
                <IconHistory size={20} stroke={1.7} />
              </ActionIcon>
            </Tooltip>
            <ColorSchemeToggle />
            <KeyboardShortcutsButton />
            <Tooltip label="About Comparanda">
              <ActionIcon variant="subtle" color="gray" size="lg" aria-label="About Comparanda" onClick={onAbout}>
                <IconInfoCircle size={20} stroke={1.7} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Screens">
        <AppShell.Section grow component={ScrollArea}>
          {SCREENS.map((screen) => {
            const active = current?.path === screen.path;
            const href = `#${screen.path === '/reader' ? readerPath : screen.path}`;
            const link = (
              <NavLink
                key={screen.path}
                component="a"
                href={href}
                label={screen.label}
                description={screen.description}
                leftSection={<screen.icon size={20} stroke={1.6} />}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
                styles={{ description: { fontSize: 'var(--mantine-font-size-xs)' } }}
                variant="light"
                mb={2}
              />
            );
            if (screen.path !== '/search') return link;
            return [link, <SavedSearchLinks key="saved-searches" onPick={close} />];
          })}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        {children}
      </AppShell.Main>

      <HistoryDrawer opened={historyOpen} onClose={history.close} />

      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  );
}
