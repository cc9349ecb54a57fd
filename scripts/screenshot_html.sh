#!/usr/bin/env bash
# Renders the seed article as the tool's HTML page and photographs it in headless Chromium
# (Debian's `chromium` package) at a desktop width (1280 px) and a phone width (390 px).
#
#   scripts/screenshot_html.sh [path/to/quoteattr] [outdir]
#
# Writes OUTDIR/seed-article.html, OUTDIR/desktop.png, phone.png, phone-full.png and phone-tap.png (default OUTDIR:
# build/screenshots). Look at both PNGs after changing the page.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-build/release/examples/quoteattr}
out=${2:-build/screenshots}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "screenshot_html: no chromium (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$tool" --format html tests/data/seed-article.txt > "$out/seed-article.html"

# A copy of the page with the fourth quotation focused, as a tap on a phone does (the page
# itself has no script; this copy only is for the photograph).
sed 's#</body>#<script>document.querySelectorAll("mark.q")[3].focus()</script></body>#' \
  "$out/seed-article.html" > "$out/seed-article-tap.html"

shoot() {  # shoot NAME WIDTH HEIGHT [PAGE]
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$out/$1.png" "file://$out/${4:-seed-article.html}" >/dev/null 2>&1
  echo "$out/$1.png (${2}x$3)"
}
shoot desktop 1280 1800
shoot phone 390 844        # one screen of a phone, at its real size
shoot phone-full 390 2600
shoot phone-tap 390 844 seed-article-tap.html   # the bar with speaker, kind, rule, confidence
