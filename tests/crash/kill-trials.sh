#!/usr/bin/env bash
# Crash trials: runs flywheel-cli operations and kills them with SIGKILL at random moments, then
# checks the workspace (`workspace check`: SQLCipher integrity, schema, every signature, no
# half-written version or model) and, for training, that the interrupted run resumes and finishes.
#
#   tests/crash/kill-trials.sh [--trials N] [--records N] [--ops LIST] [--cli PATH]
#
# LIST is a comma-separated subset of: import, freeze, register, train, passwd (default: all).
# Prints "OP: N/N trials consistent" per operation; exits non-zero when any trial was not.
# The full run (20 trials, 200,000 records) takes tens of minutes; CI runs a smoke-sized one.
set -uo pipefail

trials=20
records=200000
ops="import,freeze,register,train,passwd"
cli="$(cd "$(dirname "$0")/../.." && pwd)/build/ci/bin/flywheel-cli"
while [ $# -gt 0 ]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --ops) ops="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    *) echo "usage: $0 [--trials N] [--records N] [--ops LIST] [--cli PATH]" >&2; exit 2 ;;
  esac
done
[ -x "$cli" ] || { echo "kill-trials: no flywheel-cli at $cli (build first)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export FLYWHEEL_PASSPHRASE=demo
mkdir -p "$HOME"
log="$work/log"

fw() { "$cli" --workspace "$1" "${@:2}"; }

# The base workspace every trial starts from: the demo (a ready datanet to train on), a datanet
# with $records approved records to freeze, a model folder to register, a file to import.
setup() {
  local base="$work/base"
  fw "$base" workspace init --demo >>"$log" 2>&1 || return 1
  awk -v n="$records" 'BEGIN { for (i = 0; i < n; i++)
    printf "{\"instruction\":\"Describe item %d.\",\"input\":\"\",\"output\":\"Item %d comes after item %d and before %d.\"}\n", i, i, i - 1, i + 1 }' \
    >"$work/records.jsonl"
  fw "$base" datanet create frozen --kind instruction >>"$log" 2>&1 || return 1
  fw "$base" datanet import frozen "$work/records.jsonl" >>"$log" 2>&1 || return 1
  fw "$base" datanet review frozen --approve-all >>"$log" 2>&1 || return 1
  fw "$base" datanet create imported --kind instruction >>"$log" 2>&1 || return 1
  cat >"$work/train.json" <<'EOF'
{"datanet": "World facts (demo)", "version": "latest", "base": "nano", "method": "full",
 "steps": 120, "batch_size": 8, "seq_len": 64, "checkpoint_every": 10, "eval_fraction": 0.0,
 "output": "crash-nano"}
EOF
  fw "$base" train "$work/train.json" --threads 1 >>"$log" 2>&1 || return 1
  fw "$base" model export crash-nano "$work/model" >>"$log" 2>&1 || return 1
  fw "$base" model delete crash-nano >>"$log" 2>&1 || return 1
}

# Starts the operation on workspace $2 in the background; its pid goes to $op_pid. The CLI is
# started directly (a simple command), so $! is its own pid and SIGKILL reaches it, not a subshell.
op_pid=
start_op() {
  local op="$1" ws="$2" args
  case "$op" in
    import) args=(datanet import imported "$work/records.jsonl") ;;
    freeze) args=(datanet freeze frozen) ;;
    register) args=(model import "$work/model" --name registered) ;;
    train) args=(train "$work/train.json" --threads 1) ;;
    passwd) args=(workspace passwd --kdf interactive) ;;
  esac
  FLYWHEEL_NEW_PASSPHRASE=changed "$cli" --workspace "$ws" "${args[@]}" >>"$work/op.out" 2>&1 &
  op_pid=$!
}

# How long an uninterrupted run of the operation takes, in milliseconds.
measure() {
  local op="$1" ws="$work/measure-$1"
  rm -rf "$ws"; cp -a "$work/base" "$ws"
  local t0; t0=$(date +%s%N)
  start_op "$op" "$ws"
  wait "$op_pid"
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

# After the kill: the workspace opens with exactly one passphrase and checks clean; a search finds
# every record an interrupted import stored; an interrupted training run resumes to the end.
consistent() {
  local op="$1" ws="$2"
  local pass=demo
  if [ "$op" = passwd ] && ! FLYWHEEL_PASSPHRASE=demo fw "$ws" workspace info >/dev/null 2>&1; then
    pass=changed
  fi
  local checked
  if ! checked=$(FLYWHEEL_PASSPHRASE=$pass fw "$ws" workspace check 2>&1); then
    echo "  workspace check failed: $checked" >&2
    return 1
  fi
  if [ "$op" = import ]; then
    # The search index (its own file) agrees with the records after the kill: every stored record
    # says "comes after", so a search for it finds exactly as many records as the datanet lists.
    local stored found
    stored=$(FLYWHEEL_PASSPHRASE=$pass fw "$ws" datanet records imported 2>>"$log" | wc -l)
    found=$(FLYWHEEL_PASSPHRASE=$pass fw "$ws" datanet records imported --search "comes after" 2>>"$log" | wc -l)
    if [ "$stored" != "$found" ]; then
      echo "  search finds $found of $stored records after the kill" >&2
      return 1
    fi
  fi
  if [ "$op" = train ]; then
    local run; run=$(grep -o 'training run [0-9]*' "$work/op.out" | tail -1 | awk '{print $3}')
    if [ -n "$run" ]; then
      # Killed before its first checkpoint: nothing to resume, and that is consistent too.
      local out; out=$(FLYWHEEL_PASSPHRASE=$pass fw "$ws" train --resume "$run" --threads 1 2>&1)
      if [ $? -eq 0 ]; then
        resumed=$((resumed + 1))
      elif ! grep -qi "checkpoint" <<<"$out"; then
        echo "  run $run did not resume: $out" >&2
        return 1
      fi
    fi
    FLYWHEEL_PASSPHRASE=$pass fw "$ws" workspace check >>"$log" 2>&1 || return 1
  fi
  return 0
}

if ! setup; then
  echo "kill-trials: setup failed:" >&2; tail -20 "$log" >&2; exit 2
fi
status=0
IFS=',' read -ra chosen <<<"$ops"
for op in "${chosen[@]}"; do
  measure "$op" >"$work/duration"; duration=$(cat "$work/duration")
  good=0
  resumed=0
  for ((t = 1; t <= trials; t++)); do
    ws="$work/trial"
    rm -rf "$ws"; cp -a "$work/base" "$ws"; : >"$work/op.out"
    start_op "$op" "$ws"
    # A moment spread over the whole operation, start-up included.
    sleep "$(awk -v d="$duration" -v s="$RANDOM" 'BEGIN { printf "%.3f", (s / 32767) * d / 1000 }')"
    kill -9 "$op_pid" 2>/dev/null
    wait "$op_pid" 2>/dev/null
    if consistent "$op" "$ws"; then good=$((good + 1)); else echo "  $op trial $t inconsistent" >&2; fi
  done
  extra=""
  [ "$op" = train ] && extra=", $resumed interrupted runs resumed to the end"
  echo "$op: $good/$trials trials consistent (operation takes ${duration} ms uninterrupted$extra)"
  [ "$good" -eq "$trials" ] || status=1
done
exit $status
