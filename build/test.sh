#!/usr/bin/env bash
# The one test command (README "Run the tests"; .ci/run calls it too).
# Installs or starts what the tests need, runs every test project, prints the totals.
# Fails loudly, naming the fix, when a prerequisite is missing.
set -euo pipefail
# dotnet prints its summaries in the UI language; the totals below parse the English ones.
export DOTNET_CLI_UI_LANGUAGE=en
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

fail() { echo "test.sh: $*" >&2; exit 1; }
cleanup_tasks=()
run_cleanup() { for task in "${cleanup_tasks[@]}"; do "$task" || true; done; }
trap run_cleanup EXIT

command -v dotnet >/dev/null 2>&1 \
  || fail "the .NET SDK 10 is not on PATH. Install it (Debian: apt-get install -y dotnet-sdk-10.0, or https://dot.net/install) and run again."
dotnet --list-sdks | grep -q '^10\.' \
  || fail "the .NET SDK 10.x is required (found: $(dotnet --list-sdks | tr '\n' ' ')). Install dotnet-sdk-10.0 and run again."

# Hooks for prerequisites of later test suites (PostgreSQL, Chromium, LibreOffice) live in build/prereqs.d.
if [ -d build/prereqs.d ]; then
  for script in build/prereqs.d/*.sh; do
    [ -e "$script" ] || continue
    # shellcheck source=/dev/null
    source "$script"
  done
fi

log="$(mktemp)"
remove_log() { rm -f "$log"; }
cleanup_tasks+=(remove_log)
set +e
dotnet test AutoTrack.Oem.slnx -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries, e.g. "Passed!  - Failed: 0, Passed: 85, Skipped: 0, Total: 85".
read -r passed failed skipped < <(
  grep -E '(Passed|Failed)! +- +Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo
echo "Total: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ]; then
  echo "test.sh: dotnet test failed (exit $status)" >&2
  exit "$status"
fi
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
if [ "$skipped" -ne 0 ]; then
  echo "test.sh: $skipped test(s) were skipped; a missing prerequisite must fail, not skip" >&2
  exit 1
fi
