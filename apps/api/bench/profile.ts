// Reads a V8 CPU profile (node --cpu-prof, or BENCH_PROFILE=1 with the bench) and prints where the
// time went: self time by function and by package, and inclusive time of chosen frames.
//
//   tsx bench/profile.ts bench/results/profiles/CPU.….cpuprofile [top]
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArgument] = process.argv.slice(2);
if (!file) {
  console.error('Usage: tsx bench/profile.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArgument ?? 30);
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfMs = new Map<number, number>();
let totalMs = 0;
profile.samples.forEach((id, index) => {
  const delta = (profile.timeDeltas[index] ?? 0) / 1000;
  selfMs.set(id, (selfMs.get(id) ?? 0) + delta);
  totalMs += delta;
});

/** Where a frame's code lives: a package, Chorus's own source, Node itself, or V8. */
function where(url: string): string {
  if (!url) return '(V8/native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node';
  const source = url.indexOf('/apps/api/src/');
  if (source >= 0) return `chorus:${url.slice(source + '/apps/api/src/'.length)}`;
  return url.replace(/^file:\/\//, '');
}

const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const place = where(frame.url);
  const name = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + ms);
  const group = place.startsWith('chorus:') ? 'chorus' : place;
  packages.set(group, (packages.get(group) ?? 0) + ms);
}

// Inclusive time of a few frames worth knowing about: a sample counts once for each named frame
// on its stack.
const watched = [
  'parse',
  'validate',
  'execute',
  'seal',
  'hkdfSync',
  'createCipheriv',
  'createHmac',
  'write',
  'asJson',
  'overLimit',
  'signAppeal',
  'requestDidStart',
  'processGraphQLRequest',
];
const inclusive = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const delta = (profile.timeDeltas[index] ?? 0) / 1000;
  const seen = new Set<string>();
  for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
    const name = byId.get(node)?.callFrame.functionName ?? '';
    if (watched.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  }
});

const share = (ms: number) => `${((100 * ms) / totalMs).toFixed(1)}%`;
const table = (entries: Map<string, number>, count: number) =>
  [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: share(ms) }));
console.log(`Total ${Math.round(totalMs)} ms sampled`);
console.log('Self time by package');
console.table(table(packages, 20));
console.log('Self time by function');
console.table(table(functions, top));
console.log('Inclusive time of watched frames');
console.table(table(inclusive, watched.length));
