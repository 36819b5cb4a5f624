#!/usr/bin/env bash
# Records every public symbol of the packages in src/*/PublicAPI.Unshipped.txt (PublicApiAnalyzers' baseline).
# Run it after deliberately changing a public API; the build fails (RS0016/RS0017) on any undeclared change.
# At release, move the Unshipped lines to PublicAPI.Shipped.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_UI_LANGUAGE=en
for project in src/*/; do
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$project$file" ] || printf '#nullable enable\n' > "$project$file"
  done
done
log="$(mktemp)"
dotnet build AutoTrack.Oem.slnx -c Release --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= > "$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys, collections, os
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r"warning (RS0016|RS0017): Symbol '(.+?)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.+?\.csproj)\]", line)
    if not m:
        continue
    code, symbol, project = m.groups()
    folder = os.path.dirname(project)
    (added if code == "RS0016" else removed)[folder].add(symbol)
for folder in set(added) | set(removed):
    path = os.path.join(folder, "PublicAPI.Unshipped.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#nullable")]
    lines = sorted((set(lines) | added[folder]) - removed[folder])
    with open(path, "w", encoding="utf-8") as f:
        f.write("#nullable enable\n" + "".join(l + "\n" for l in lines))
    print(f"{path}: +{len(added[folder])} -{len(removed[folder])}")
PY
rm -f "$log"
