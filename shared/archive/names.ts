// Archive entry names: refusing unsafe ones (zip-slip) and making safe names for original files.

/**
 * Why a name may not be unpacked, or null when it is safe: no absolute paths, drive letters,
 * backslashes, `.`/`..` segments, empty segments or control characters.
 */
export function unsafeEntryReason(name: string): string | null {
  if (name.length === 0) return 'it is empty';
  if (name.length > 1024) return 'it is too long';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains control characters';
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'it starts with a drive letter';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) return 'it climbs out of the archive with ".."';
  if (segments.some((s) => s === '.' || s === '')) return 'it has an empty or "." path segment';
  return null;
}

/** A file name safe on every operating system, keeping letters of any script. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M} ._()+-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120);
  return cleaned.length > 0 ? cleaned : 'original';
}

export function originalPath(sourceId: string, name: string): string {
  return `originals/${safeFileName(sourceId)}/${safeFileName(name)}`;
}
