// Numbers, dates and times in the language the dashboard is shown in.
import { useI18n } from 'vue-i18n';

export function useFormat() {
  const { locale } = useI18n();
  return {
    number: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : new Intl.NumberFormat(locale.value).format(value),
    date: (iso: string | null | undefined, timeZone?: string) =>
      iso
        ? new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeZone }).format(new Date(iso))
        : '—',
    dateTime: (iso: string | null | undefined, timeZone?: string) =>
      iso
        ? new Intl.DateTimeFormat(locale.value, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone,
          }).format(new Date(iso))
        : '—',
    /** Like dateTime, with the zone's name: "10 Dec 2026, 15:00 GMT+9". */
    dateTimeInZone: (iso: string | null | undefined, timeZone: string) =>
      iso
        ? // dateStyle and timeStyle do not combine with timeZoneName: spell the parts out.
          new Intl.DateTimeFormat(locale.value, {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZone,
            timeZoneName: 'short',
          }).format(new Date(iso))
        : '—',
  };
}
