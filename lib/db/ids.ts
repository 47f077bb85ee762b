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

/** The comparable key of a mention: the entity for leaders and venues, the value for the rest. */
export function mentionKey(m: {
  type: string;
  id: string | null;
  value: string | number | null;
  unit: string | null;
}): string {
  if (m.type === 'leader' || m.type === 'venue') return `${m.type}:${m.id ?? ''}`;
  if (m.type === 'figure') return `figure:${m.value ?? ''}${m.unit ? ` ${m.unit}` : ''}`;
  return `date:${m.value ?? ''}`;
}
