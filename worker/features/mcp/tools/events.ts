import { EventListQuery, EventPage } from "../../events/events.schema";
import { listEvents } from "../../events/events.service";
import { listText } from "../shapes";
import { defineTool } from "../tool";

export const eventTools = [
  defineTool({
    name: "list_events",
    title: "List events",
    description:
      "The project's events in the order they happened: filter by subject pattern (e.g. technology.*), " +
      "correlation id or time; pass nextCursor as after for the next page.",
    input: EventListQuery,
    output: EventPage,
    annotations: { readOnlyHint: true },
    run: (deps, input) => listEvents(deps, input),
    text: (page) =>
      `${listText("events", page, (e) => `${e.occurredAt} ${e.subject} ${e.id}`)}${page.nextCursor ? `\nnext: ${page.nextCursor}` : ""}`,
  }),
];
