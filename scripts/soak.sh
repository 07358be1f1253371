#!/usr/bin/env bash
# Repeats a suite to prove it is not flaky. Stops at the first red run.
#   scripts/soak.sh unit 10   the unit suite, each run in a new random order with a new seed
#   scripts/soak.sh e2e 5     the e2e suite while a busy loop keeps one core at 100%
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:?unit or e2e}
runs=${2:-5}
busy=
logs=soak-logs
mkdir -p "$logs"
trap '[ -n "$busy" ] && kill "$busy" 2>/dev/null || true' EXIT

if [ "$suite" = e2e ]; then
  node -e 'const end = Date.now() + 3 * 3600e3; while (Date.now() < end) {}' &
  busy=$!
  echo "one core kept busy by pid $busy"
fi

for i in $(seq "$runs"); do
  start=$(date +%s)
  if [ "$suite" = unit ]; then
    seed=$RANDOM$RANDOM
    echo "run $i/$runs: vitest, shuffled, seed $seed"
    npx vitest run --sequence.shuffle --sequence.seed="$seed" >"$logs/unit-$i.log" 2>&1 || { echo "run $i FAILED (seed $seed), see $logs/unit-$i.log"; exit 1; }
  else
    echo "run $i/$runs: playwright"
    npx playwright test >"$logs/e2e-$i.log" 2>&1 || { echo "run $i FAILED, see $logs/e2e-$i.log"; exit 1; }
  fi
  echo "run $i green in $(( $(date +%s) - start )) s"
done
echo "$suite: $runs passed, 0 failed"
