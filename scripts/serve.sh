#!/usr/bin/env bash
# Installs what is missing, builds the widget and serves it on http://127.0.0.1:8080
# (override with ADDRESS / PORT).
source "$(dirname "$0")/setup.sh"
ensure_build_tools
say "Serving on http://${ADDRESS:-127.0.0.1}:${PORT:-8080} (Ctrl+C to stop)"
cd "$ROOT"
exec trunk serve --release --offline --skip-version-check \
  --address "${ADDRESS:-127.0.0.1}" --port "${PORT:-8080}" --no-autoreload
