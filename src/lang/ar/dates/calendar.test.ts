// The Hijri conversion checked against Node's ICU over its whole Umm al-Qura range (1300–1600 AH,
// 1882-11-12 … 2174-11-25): toHijri reads ICU's `islamic-umalqura` calendar, fromHijri inverts it,
// and both are compared with an independent reading of the `ar-SA` format (Arabic-Indic digits).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHijri, fromYmd, isoDate, toHijri } from './calendar.js';

const FIRST = fromYmd(1882, 11, 12);
const LAST = fromYmd(2174, 11, 25);

const arabic = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The ar-SA reading of a day: `١٠‏/١٠‏/١٤٣٩ هـ` → 1439-10-10. */
function icuArabic(n: number): { year: number; month: number; day: number } {
  const parts = arabic.formatToParts(new Date(n * 86_400_000));
  const get = (type: string): number =>
    Number(
      (parts.find((p) => p.type === type)?.value ?? '').replace(/[٠-٩]/g, (d) =>
        String(d.charCodeAt(0) - 0x0660),
      ),
    );
  return { year: get('year'), month: get('month'), day: get('day') };
}

test('toHijri agrees with ICU ar-SA Umm al-Qura, and fromHijri inverts it, over 1300–1600 AH', () => {
  let checked = 0;
  // Every third day: each weekday and each day of each month length is met many times over.
  for (let n = FIRST; n <= LAST; n += 3) {
    const h = toHijri(n);
    assert.deepEqual(h, icuArabic(n), isoDate(n));
    assert.equal(fromHijri(h!.year, h!.month, h!.day), n, `${h!.year}-${h!.month}-${h!.day}`);
    checked++;
  }
  assert.ok(checked > 35_000);
});

test('the range ends are 1 Muharram 1300 and 30 Dhu al-Hijja 1600', () => {
  assert.deepEqual(toHijri(FIRST), { year: 1300, month: 1, day: 1 });
  assert.deepEqual(toHijri(LAST), { year: 1600, month: 12, day: 30 });
});

test('known days: Hijri dates printed beside their Gregorian day by Saudi outlets', () => {
  const at = (y: number, m: number, d: number): string | null => {
    const n = fromHijri(y, m, d);
    return n === null ? null : isoDate(n);
  };
  assert.equal(at(1439, 10, 10), '2018-06-24');
  assert.equal(at(1439, 9, 30), '2018-06-14');
  assert.equal(at(1440, 1, 1), '2018-09-11');
  // Umm al-Qura began Ramadan 1439 on 16 May 2018; the sighting announced 17 May: the ±1 day.
  assert.equal(at(1439, 9, 1), '2018-05-16');
});

test('fromHijri refuses days that do not exist', () => {
  assert.equal(fromHijri(1443, 2, 30), null, 'Safar 1443 has 29 days');
  assert.equal(fromHijri(1443, 13, 1), null);
  assert.equal(fromHijri(1443, 0, 1), null);
  assert.equal(fromHijri(1443, 1, 31), null);
  assert.equal(fromHijri(0, 1, 1), null);
});
