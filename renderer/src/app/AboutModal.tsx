// The About dialog: the app's version and the runtime it runs in.
import { Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { bridge } from '../bridge';

export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    void bridge.appInfo({}).then((result) => (result.ok ? setInfo(result.value) : setError(result.error.message)));
  }, [opened]);
  const rows: [string, string | null][] = info
    ? [
        ['Version', info.version],
        ['Electron', info.electron],
        ['Chromium', info.chrome],
        ['Node.js', info.node],
        ['Platform', info.platform],
        ['Data folder', info.dataFolder ?? (info.electron ? null : 'this browser’s storage for this site')],
      ]
    : [];
  return (
    <Modal opened={opened} onClose={onClose} title="About Comparanda" centered>
      <Stack gap="sm">
        <Text size="sm">
          A research repository and comparative-study workbench: import interviews and reports, tag them by city and theme, code passages,
          compare cities and write it up.
        </Text>
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {rows
              .filter(([, value]) => value)
              .map(([name, value]) => (
                <Table.Tr key={name}>
                  <Table.Th w={120}>{name}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
