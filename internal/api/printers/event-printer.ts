/**
 * The Event printer: LAST SEEN TYPE REASON OBJECT MESSAGE | SUBOBJECT SOURCE FIRST SEEN COUNT NAME.
 * Times fall back the way events.k8s.io writers leave them: no firstTimestamp means eventTime, no
 * lastTimestamp means the first seen; an event series carries its own last time and count.
 */
import type { Event__Output } from '../generated/skiff/core/v1/Event.js';
import { translateTimestampSince } from './human-duration.js';
import { type KindPrinter, column, definePrinter, nameColumn, wideColumn } from './kind-printer.js';

function present(ts: string | null | undefined): boolean {
  return ts !== undefined && ts !== null && ts !== '';
}

/** The SOURCE cell: `component, host`, falling back to the reporting controller and instance. */
export function eventSourceText(ev: Event__Output): string {
  const component = ev.source?.component || ev.reportingComponent || '';
  const instance = ev.source?.host || ev.reportingInstance || '';
  return instance === '' ? component : `${component}, ${instance}`;
}

/** The OBJECT cell: `kind/name` of the involved object, the kind in lower case. */
export function eventObjectText(ev: Event__Output): string {
  const kind = (ev.involvedObject?.kind ?? '').toLowerCase();
  const name = ev.involvedObject?.name ?? '';
  return name === '' ? kind : `${kind}/${name}`;
}

/** The Event printer. */
export const eventPrinter: KindPrinter<Event__Output> = definePrinter({
  kind: 'Event',
  columns: [
    column('Last Seen', 'string', 'When the event was last observed.'),
    column('Type', 'string', 'Normal or Warning.'),
    column('Reason', 'string', 'A short, machine-readable reason for the event.'),
    column('Object', 'string', 'The object the event is about.'),
    wideColumn('Subobject', 'string', 'The part of the object the event is about (a container, say).'),
    wideColumn('Source', 'string', 'The component, and host, that reported the event.'),
    column('Message', 'string', 'A human-readable description of the event.'),
    wideColumn('First Seen', 'string', 'When the event was first observed.'),
    wideColumn('Count', 'string', 'How many times the event has been observed.'),
    nameColumn(1),
  ],
  cells(ev, now) {
    const first = present(ev.firstTimestamp)
      ? translateTimestampSince(ev.firstTimestamp, now)
      : translateTimestampSince(ev.eventTime, now);
    let last = present(ev.lastTimestamp) ? translateTimestampSince(ev.lastTimestamp, now) : first;
    let count = ev.count ?? 0;
    if (ev.series) {
      last = translateTimestampSince(ev.series.lastObservedTime, now);
      count = ev.series.count ?? 0;
    } else if (count === 0) {
      // Events written through events.k8s.io/v1 leave count unset for a single occurrence.
      count = 1;
    }
    return [
      last,
      ev.type ?? '',
      ev.reason ?? '',
      eventObjectText(ev),
      ev.involvedObject?.fieldPath ?? '',
      eventSourceText(ev),
      (ev.message ?? '').trim(),
      first,
      count,
      ev.metadata?.name ?? '',
    ];
  },
});
