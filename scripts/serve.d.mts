// Types for scripts/serve.mjs, so TypeScript callers (tests, start scripts) get its API checked.
export declare const DEFAULT_ROOT: string;
export declare const CONTENT_SECURITY_POLICY: string;
export declare const MIME_TYPES: Record<string, string>;
export declare function resolveInside(root: string, urlPath: string): string | null;
export declare function serveRenderer(options?: { port?: number; host?: string; root?: string }): Promise<{ url: string; close: () => Promise<void> }>;
