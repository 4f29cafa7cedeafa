// Denies every web permission the renderer might ask for, except keeping its storage and writing to the clipboard.
import type { Session } from 'electron';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
}
