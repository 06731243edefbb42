// An action plan's target dates as iCalendar (RFC 5545), written with ical.js, which folds
// long lines and escapes text as the format requires.
import ICAL from 'ical.js';
import type { Report } from '../../core/schemas';
import { absoluteUrl, itemLabel, itemPath } from './paths';
import { STATE_LABEL, type TrackedAction } from './tracker';

const dateOf = (iso: string, isDate: boolean) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return ICAL.Time.fromData({ year, month, day, hour: 0, minute: 0, second: 0, isDate }, isDate ? undefined : ICAL.Timezone.utcTimezone);
};

/**
 * One all-day event per dated action of the plan, on the last day its target allows. `stamp`
 * (the tracker's reference date) is every event's DTSTAMP; links are absolute, at the site's address.
 */
export function planCalendar(report: Report, actions: readonly TrackedAction[], stamp: string, site: string | URL): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//Probation Findings//Action tracker//EN');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('x-wr-calname', `Action plan: ${report.title}`);
  for (const a of actions) {
    if (!a.target?.date) continue;
    const vevent = new ICAL.Component('vevent');
    const url = absoluteUrl(itemPath(a.item), site);
    vevent.addPropertyWithValue('uid', `${a.id}@probation-findings`);
    vevent.addPropertyWithValue('dtstamp', dateOf(stamp, false));
    vevent.addPropertyWithValue('dtstart', dateOf(a.target.date, true));
    vevent.addPropertyWithValue('summary', `Item ${itemLabel(a.item)}, action ${a.n}: ${a.text.length > 90 ? `${a.text.slice(0, 90).replace(/\s+\S*$/, '')}…` : a.text}`);
    vevent.addPropertyWithValue(
      'description',
      [a.text, `Owner: ${a.owner ?? 'none written'}`, `Target as written: ${a.targetText ?? ''}`, `State on ${stamp}: ${STATE_LABEL[a.state]}`, `${report.title}: ${url}`].join('\n\n'),
    );
    vevent.addPropertyWithValue('url', url);
    cal.addSubcomponent(vevent);
  }
  return `${cal.toString()}\r\n`;
}
