/**
 * Cost of one full chart's bodies: µs per computeBodies call (all 14 bodies) over random
 * instants 1900–2050. Run: npx tsx bench/ephemeris.ts
 */
import { computeBodies } from '@/lib/astro/ephemeris';

const JD_1900 = 2415020.5;
const JD_2050 = 2469807.5;
const N = 20_000;

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const instants = Array.from({ length: N }, () => JD_1900 + random() * (JD_2050 - JD_1900));
let sink = 0;
for (let i = 0; i < 2000; i++) sink += computeBodies(instants[i]!).moon.lon;

const start = process.hrtime.bigint();
for (const jd of instants) sink += computeBodies(jd).sun.lon;
const micros = Number(process.hrtime.bigint() - start) / 1000 / N;
console.log(
  `computeBodies (14 bodies): ${micros.toFixed(1)} µs per call over ${N} instants (checksum ${sink.toFixed(3)})`,
);
