/**
 * A live socket (a job's watchers, a project's events) is closed with code 4408 after its client
 * has sent nothing for this long; `ping` (answered `pong`) counts as something.
 */
export const SOCKET_IDLE_MS = 10 * 60_000;

/** How often the CLI and the dashboard send `ping` on a socket they keep open: well inside the idle time. */
export const SOCKET_KEEPALIVE_MS = 4 * 60_000;

/** The close code of a socket closed for being idle. */
export const IDLE_CLOSE_CODE = 4408;
