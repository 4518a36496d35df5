#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs each for SECS seconds
# on a copy of its seed corpus, then prints one line per target: executions, crashes, crash files.
#   tests/fuzz/run-all.sh SECS [TARGET...]      (default: every target with a corpus)
# Environment: FUZZ_OUT (work folder; default a new one under /tmp), FUZZ_JOBS (targets run at once,
# default 1), FUZZ_SAVE_CORPUS=1 (copy what the fuzzer found back into tests/fuzz/corpus; off by
# default so the repository is never written unless asked). Crashes, leaks, timeouts and
# out-of-memory inputs all count as crashes. Exit status 1 when anything crashed or did not run.
set -euo pipefail

secs=${1:?usage: run-all.sh SECS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for dir in "$here"/corpus/*/; do targets+=("$(basename "$dir")"); done
fi
out=${FUZZ_OUT:-$(mktemp -d /tmp/flywheel-fuzz.XXXXXX)}
jobs=${FUZZ_JOBS:-1}
mkdir -p "$out"

cd "$root"
cmake --preset fuzz >"$out/configure.log" 2>&1 || { cat "$out/configure.log"; exit 2; }
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}" >"$out/build.log" 2>&1 ||
    { tail -50 "$out/build.log"; exit 2; }

# One target: fork mode keeps fuzzing after a crash, so one run can find several.
run_one() {
    local name=$1 work="$out/$1"
    rm -rf "$work" && mkdir -p "$work/crashes"
    cp -r "$here/corpus/$name" "$work/corpus"
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=print_stacktrace=1 \
        "$root/build/fuzz/tests/fuzz/fuzz_$name" "$work/corpus" -max_total_time="$secs" -timeout=25 \
        -rss_limit_mb=2048 -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
        -artifact_prefix="$work/crashes/" >"$work/fuzz.log" 2>&1 || true
    if [ "${FUZZ_SAVE_CORPUS:-0}" = 1 ]; then
        cp -n "$work/corpus"/* "$here/corpus/$name/" 2>/dev/null || true
    fi
}

running=0
for name in "${targets[@]}"; do
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

status=0
printf '%-20s %12s %8s  %s\n' target executions crashes "crash files"
for name in "${targets[@]}"; do
    work="$out/$name"
    # Fork mode reports "#<total executions>: cov: ..." lines; the last one is the total.
    execs=$(grep -oE '^#[0-9]+' "$work/fuzz.log" | tail -1 | tr -d '#')
    mapfile -t crashes < <(find "$work/crashes" -type f | sort)
    if [ -z "$execs" ]; then # never started: a missing binary is a failure too, not a clean run
        printf '%-20s %12s %8s  %s\n' "$name" "-" "-" "did not run, see $work/fuzz.log"
        status=1
        continue
    fi
    printf '%-20s %12s %8s  %s\n' "$name" "$execs" "${#crashes[@]}" "${crashes[*]:-}"
    [ "${#crashes[@]}" -eq 0 ] || status=1
done
echo "logs and corpora: $out"
exit $status
