import { AppError } from "./errors";

/** Refuses a plain HTTP request on a WebSocket endpoint with a 400 that says what is missing. */
export function assertUpgrade(upgrade: string | undefined): void {
  if (upgrade?.toLowerCase() !== "websocket") {
    throw new AppError("bad_request", "this endpoint needs a WebSocket upgrade (Upgrade: websocket)");
  }
}
