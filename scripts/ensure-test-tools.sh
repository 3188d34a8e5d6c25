#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (Playwright e2e), socat (serial scale and
# scanner peers), CUPS (raw print queues) and a Chinese font (pack list PDFs). Runs apt only when something is missing and we may install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v socat >/dev/null 2>&1 || missing+=(socat)
command -v cupsd >/dev/null 2>&1 || [ -x /usr/sbin/cupsd ] || missing+=(cups)
command -v lp >/dev/null 2>&1 || missing+=(cups-client cups-bsd)
# Pack list PDFs embed a Chinese font found on the station; the tests print Chinese titles with this one.
[ -e /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing+=(fonts-droid-fallback)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test tools: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${missing[*]} (install them with: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
