// ISO 8601 dates, times and datetimes, and the strptime patterns of Table Schema `fmt:` formats; NaN when invalid.

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function isoDate(s: string): number {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return NaN;
  return Date.UTC(y, mo - 1, d);
}

export function isoTime(s: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(s);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const se = Number(m[3]);
  if (h > 24 || mi > 59 || se > 60 || (h === 24 && (mi > 0 || se > 0))) return NaN;
  return h * 3600 + mi * 60 + se + (m[4] ? Number(m[4]) : 0);
}

export function isoDatetime(s: string): number {
  const m = /^(-?\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/.exec(s);
  if (!m) return NaN;
  const d = isoDate(m[1]!);
  const t = isoTime(m[2]!);
  if (Number.isNaN(d) || Number.isNaN(t)) return NaN;
  let off = 0;
  if (m[3] && m[3] !== 'Z')
    off = (m[3].startsWith('-') ? -1 : 1) * (Number(m[3].slice(1, 3)) * 60 + Number(m[3].slice(4, 6))) * 60;
  return d + (t - off) * 1000;
}

/** strptime subset: %Y %m %d %H %M %S %y %b %B %j is not supported. */
export function strptime(pattern: string): ((s: string) => number) | undefined {
  const parts: string[] = [];
  const order: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '%' && i + 1 < pattern.length) {
      const d = pattern[++i]!;
      const re = {
        Y: '(\\d{4})',
        m: '(\\d{1,2})',
        d: '(\\d{1,2})',
        H: '(\\d{1,2})',
        M: '(\\d{2})',
        S: '(\\d{2})',
        y: '(\\d{2})',
        '%': '%',
      }[d];
      if (re === undefined) return undefined;
      if (d !== '%') order.push(d);
      parts.push(re);
    } else parts.push(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  const re = new RegExp(`^${parts.join('')}$`);
  return (s) => {
    const m = re.exec(s);
    if (!m) return NaN;
    const v: Record<string, number> = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
    order.forEach((k, i) => {
      const n = Number(m[i + 1]);
      if (k === 'y') v['Y'] = n < 69 ? 2000 + n : 1900 + n;
      else v[k] = n;
    });
    const { Y = 1970, m: mo = 1, d = 1, H = 0, M = 0, S = 0 } = v;
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(Y, mo) || H > 23 || M > 59 || S > 60) return NaN;
    return Date.UTC(Y, mo - 1, d, H, M, S);
  };
}
