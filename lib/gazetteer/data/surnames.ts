// Surnames of people whose gazetteer id is more than a surname and who are not written surname
// first (those are told by their country: see name-order.ts). The corpus format names a leader by
// the slug of the English surname (`putin`, `xi`, `lavrov`); the gazetteer keeps longer ids where a
// surname alone would join two people of the store (the two Patrushevs, the two Aouns).
export const SURNAMES: Readonly<Record<string, string>> = {
  'dmitry-patrushev': 'patrushev',
  'shehbaz-sharif': 'sharif',
  'imran-khan': 'khan',
  'joseph-aoun': 'aoun',
  'michel-aoun': 'aoun',
  'serdar-berdimuhamedov': 'berdimuhamedov',
  'gurbanguly-berdimuhamedov': 'berdimuhamedov',
  'bill-clinton': 'clinton',
  'hillary-clinton': 'clinton',
  'igor-ivanov': 'ivanov',
  'sergei-ivanov': 'ivanov',
  'hafez-al-assad': 'assad',
  'manmohan-singh': 'singh',
  'rajnath-singh': 'singh',
  'nawaz-sharif': 'sharif',
  'ash-carter': 'carter',
  'sedki-sobhy': 'sobhy',
  'mohamed-zaki': 'zaki',
  'sherif-ismail': 'ismail',
  'ishaq-dar': 'dar',
};
