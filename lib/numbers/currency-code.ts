// How a figure's unit says "money": an ISO 4217 code, three capital letters (`USD`, `CNY`, `RUB`).
// Every other unit is `%`, `fraction` or a counted noun in English (`time`, `agreement`), all
// lower-case, so the shape alone tells them apart — in the engine's output, in stored notes and
// in imported ones alike. One definition for the store, the page card and the popup's wording.

export function isCurrencyCode(unit: string | null | undefined): unit is string {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
}
