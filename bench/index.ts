// `npm run bench [-- NAME…]`: every benchmark of the project, one section each. A bench module
// exports `run()` (sync or async) and `print(result)`; add a new one to BENCHES. Figures only,
// never assertions: machines differ, and a shared machine more so.

const BENCHES = ['extract', 'recognisers', 'page', 'store', 'popup'] as const;

interface BenchModule {
  run(): unknown;
  print(result: never): void;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(BENCHES as readonly string[]).includes(w));
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')} (known: ${BENCHES.join(', ')})`);
  process.exit(2);
}

console.log(`Qimma benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const name of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const bench = (await import(`./${name}.ts`)) as BenchModule;
  bench.print((await bench.run()) as never);
}
