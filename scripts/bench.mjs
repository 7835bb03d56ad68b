/**
 * `npm run bench`: bundles the benchmarks with Vite (the bundler that builds the page's engine
 * worker) and runs the bundle with Node, passing the arguments on (`--json`, `--wall`).
 *
 * Why a bundle and not `tsx src/cli/bench.ts`: the page runs the engine as one bundled worker
 * script. Under tsx every module is a separate, transpiled, source-mapped module, which roughly
 * doubles the live JavaScript heap; each garbage collection then marks twice as much, and the
 * request figures measured tsx's heap as much as the engine (README, "Benchmarks").
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/bench', import.meta.url));

await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { bench: 'src/cli/bench.ts', 'rss-bench': 'src/cli/rss-bench.ts' },
      output: { entryFileNames: '[name].mjs' },
    },
  },
});
const run = spawnSync(process.execPath, [`${outDir}/bench.mjs`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
