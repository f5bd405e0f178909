/**
 * The live event stream of a project (`GET /api/v1/events/ws`): the dashboard and CLI import
 * these types. Events arrive in commit order; `after` on reconnect resumes after an event id.
 */
export interface StreamEvent {
  id: string;
  projectId: string;
  subject: string;
  payload: Record<string, unknown>;
  correlationId: string | null;
  occurredAt: string;
}

export type EventStreamMessage =
  /** First message: the stream is live; `resumedAfter` echoes the cursor replay started from. */
  { type: "ready"; resumedAfter: string | null; patterns: string[] } | { type: "event"; event: StreamEvent };
