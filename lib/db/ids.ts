// Identifiers and fingerprints for stored records, without browser APIs (runs under Node too).

/** A random id; crypto.randomUUID exists in extension pages, service workers and Node ≥ 19. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** FNV-1a, 32 bits, as 8 hex digits: cheap, stable, good enough to tell two texts apart. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The comparable key of a mention: the entity for leaders and venues, the value for the rest.
 * Figures compare by value and unit, never by spelling: `227 مليار دولار` and `227 بليون دولار`
 * both have the key `figure:227000000000 USD`. Values are rounded to 12 significant digits so that
 * `1.1 مليار` computed as 1.1 × 10⁹ (1100000000.0000002) meets the `1100 مليون` of another article.
 */
export function mentionKey(m: {
  type: string;
  id: string | null;
  value: string | number | null;
  unit: string | null;
}): string {
  if (m.type === 'leader' || m.type === 'venue') return `${m.type}:${m.id ?? ''}`;
  if (m.type === 'figure') {
    const unit = m.unit?.trim();
    return `figure:${canonicalNumber(m.value)}${unit ? ` ${unit}` : ''}`;
  }
  return `date:${m.value ?? ''}`;
}

function canonicalNumber(value: string | number | null): string {
  if (value === null) return '';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value).trim();
  return String(Number(n.toPrecision(12)));
}

/** Whether a key names something (`leader:` with no id, `date:` with no value, name nothing). */
export function isReferable(key: string): boolean {
  return /^[a-z]+:\S/.test(key);
}
