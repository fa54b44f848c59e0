#!/usr/bin/env bash
# Make sure headless Chromium is at /usr/bin/chromium for the browser tests, installing
# Debian's `chromium` package when it is missing. Fails loudly if it cannot.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then exit 0; fi
echo "ensure-chromium: installing chromium from Debian packages" >&2
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || {
  $SUDO apt-get update -q >/dev/null 2>&1
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
}
[[ -x /usr/bin/chromium ]] || { echo "ensure-chromium: /usr/bin/chromium still missing" >&2; exit 1; }
