// Date-only fields (a campaign's or an appeal's start and end) travel as instants at midnight UTC,
// so the day shown is the day chosen, whatever the reader's time zone.

/** "2026-12-10" from an instant, or "" for none. */
export function dateInputValue(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** The instant at midnight UTC of a "2026-12-10" input, or null when empty. */
export function instantFromDateInput(value: string): string | null {
  return value ? new Date(`${value}T00:00:00.000Z`).toISOString() : null;
}
