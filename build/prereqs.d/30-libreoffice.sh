# Sourced by build/test.sh. Makes sure LibreOffice Calc is installed: the simulator can print its sample PDFs with
# real LibreOffice (soffice --headless --convert-to pdf), and the PDF reader tests compare those with PdfPig's.
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing LibreOffice Calc for the PDF tests (apt-get install -y libreoffice-calc-nogui)"
    if [ -z "${AUTOTRACK_APT_UPDATED:-}" ]; then
      apt-get update -qq >/dev/null
      export AUTOTRACK_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >/dev/null
  fi
  command -v soffice >/dev/null 2>&1 \
    || fail "LibreOffice (soffice) is missing (the PDF tests print sample documents with it). Install it (Debian: sudo apt-get install -y libreoffice-calc-nogui), then run again."
fi
echo "test.sh: using LibreOffice at $(command -v soffice) ($(soffice --version 2>/dev/null | head -n 1 || echo 'version unknown'))"
