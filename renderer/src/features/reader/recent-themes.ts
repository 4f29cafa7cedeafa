// The themes coded with most recently, newest first: the coding bar's number keys 1–9 apply them.
export const RECENT_LIMIT = 9;
const KEY = 'comparanda.recentThemes';

export function withRecent(recent: readonly string[], themeId: string): string[] {
  return [themeId, ...recent.filter((id) => id !== themeId)].slice(0, RECENT_LIMIT);
}

export function loadRecent(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

export function saveRecent(recent: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(recent));
  } catch {
    // Private windows may refuse storage; the list then lasts for the session only.
  }
}

/** The digit 1–9 a key press stands for, or null. */
export function digitOf(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) : null;
}
