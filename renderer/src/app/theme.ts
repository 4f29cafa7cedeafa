// Comparanda's design tokens for Mantine: colours, type, radius and spacing, shared by light and dark schemes.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep teal-blue: calm for long reading sessions, with enough contrast on white and on dark grey. */
const comparanda: MantineColorsTuple = [
  '#e6f6f8',
  '#cfe9ee',
  '#a0d1dc',
  '#6db8c9',
  '#44a3b9',
  '#2a96af',
  '#178faa',
  '#037c95',
  '#006e86',
  '#005f75',
];

const SYSTEM_SANS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'comparanda',
  primaryShade: { light: 7, dark: 8 },
  colors: { comparanda },
  fontFamily: SYSTEM_SANS,
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "Liberation Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: SYSTEM_SANS, fontWeight: '650' },
  defaultRadius: 'md',
  radius: { xs: '2px', sm: '4px', md: '6px', lg: '10px', xl: '16px' },
  spacing: { xs: '6px', sm: '10px', md: '16px', lg: '24px', xl: '36px' },
  fontSizes: { xs: '12px', sm: '14px', md: '15px', lg: '17px', xl: '20px' },
  lineHeights: { md: '1.6' },
  focusRing: 'auto',
  cursorType: 'pointer',
  autoContrast: true,
  components: {
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
    Notification: { defaultProps: { withBorder: true, closeButtonProps: { 'aria-label': 'Close the notification' } } },
    // Mantine's close buttons are icons only: every dialog's gets a name screen readers can say.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // A spinner with a label ("Opening the library") is announced as a status; a bare span may not carry a label.
    Loader: { defaultProps: { role: 'status' } },
  },
});

/** The reading measure for document text: about 70 characters per line. */
export const READING_WIDTH = '44rem';
