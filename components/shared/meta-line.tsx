// A line of small facts (site · date · …). Each fact is isolated (<bdi>), so a Latin site name next
// to an Arabic date cannot pull the date's digits into its own run and scramble the order.

export function MetaLine({ items }: { items: Array<string | null | undefined | false> }) {
  const shown = items.filter((x): x is string => typeof x === 'string' && x.length > 0);
  if (shown.length === 0) return null;
  return (
    <span class="muted meta">
      {shown.map((item) => (
        <span key={item}>
          {' · '}
          <bdi>{item}</bdi>
        </span>
      ))}
    </span>
  );
}
