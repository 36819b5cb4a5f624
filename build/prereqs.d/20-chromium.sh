# Sourced by build/test.sh. Makes sure the headless Chromium the browser tests drive (through Playwright) is
# installed, and exports AUTOTRACK_CHROMIUM with its path. $AUTOTRACK_CHROMIUM, when set, names the browser to use.
chromium_path="${AUTOTRACK_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Chromium for the browser tests (apt-get install -y chromium)"
    if [ -z "${AUTOTRACK_APT_UPDATED:-}" ]; then
      apt-get update -qq >/dev/null
      export AUTOTRACK_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    [ -z "${AUTOTRACK_CHROMIUM:-}" ] && chromium_path=/usr/bin/chromium
  fi
  [ -x "$chromium_path" ] \
    || fail "Chromium is missing at $chromium_path (the browser tests need it). Install it (Debian: sudo apt-get install -y chromium) or set AUTOTRACK_CHROMIUM to a Chromium executable, then run again."
fi
export AUTOTRACK_CHROMIUM="$chromium_path"
echo "test.sh: using Chromium at $AUTOTRACK_CHROMIUM ($("$AUTOTRACK_CHROMIUM" --version 2>/dev/null | head -n 1 || echo 'version unknown'))"
