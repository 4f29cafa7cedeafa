// The product's screens, in the order the navbar lists them.
import {
  IconBook2,
  IconBooks,
  IconColumns3,
  IconFileText,
  IconHierarchy2,
  IconNotes,
  IconSearch,
  IconSettings,
  IconShare2,
  type Icon,
} from '@tabler/icons-react';

export interface Screen {
  path: string;
  label: string;
  description: string;
  icon: Icon;
}

export const SCREENS: readonly Screen[] = [
  { path: '/library', label: 'Library', description: 'All documents in the repository', icon: IconBooks },
  { path: '/reader', label: 'Reader', description: 'Read a document with its coded passages', icon: IconFileText },
  { path: '/codebook', label: 'Codebook', description: 'The themes you code with', icon: IconHierarchy2 },
  { path: '/memos', label: 'Memos', description: 'Your notes, found again', icon: IconNotes },
  { path: '/search', label: 'Search', description: 'Find passages across documents', icon: IconSearch },
  { path: '/compare', label: 'Compare', description: 'Cities side by side, theme by theme', icon: IconColumns3 },
  { path: '/chapters', label: 'Chapters', description: 'Write a comparative chapter', icon: IconBook2 },
  { path: '/share', label: 'Share', description: 'Archives and exchange with other tools', icon: IconShare2 },
  { path: '/settings', label: 'Settings', description: 'Backups, storage, your name', icon: IconSettings },
];

/** The screen a location belongs to: "/reader/abc" belongs to the Reader. */
export function screenOf(location: string): Screen | undefined {
  return SCREENS.find((s) => location === s.path || location.startsWith(`${s.path}/`));
}
