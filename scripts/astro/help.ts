export const HELP = `Usage: astro <command> [options]

Commands:
  chart     Compute a natal chart and print it.
            --date YYYY-MM-DD  --time HH:MM[:SS] | --time-unknown
            --place "City, CC" | --lat DEG --lon DEG --zone Area/City
            [--house-system placidus|koch|equal|whole_sign|porphyry|regiomontanus|campanus]
            [--zodiac tropical|sidereal] [--ayanamsa lahiri|fagan_bradley]
            [--fold earlier|later] [--offset ±HH:MM] [--json]
            Negative numbers go with '=': --lat=-33.87
  fixture   IN.json OUT.json
            Read cases ({ id, utc, lat, lon }) and write the engine's bodies and all seven
            house systems in the reference fixture's shape.
  bench     [--count N] [--seed N] [--runs N] [--json]
            Microseconds per full chart (14 bodies, Placidus, aspects, summary) over random
            charts (default 10,000, best of 5 runs), with the time of each stage.

Exit codes: 0 ok, 1 failure, 2 bad arguments, 3 local time needs a choice (DST gap or overlap).
`;
