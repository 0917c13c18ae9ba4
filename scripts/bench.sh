#!/usr/bin/env bash
# Installs what is missing, builds the release and runs the benchmark in bench/ (our widget
# against SurveyJS and a static floor). Arguments go to bench/run.mjs, e.g. --runs 20.
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
ensure_npm_packages "$ROOT/bench"
build_release
say "Lighthouse on the demo and example pages (tests/e2e/lighthouse.mjs)"
cd "$ROOT"
node tests/e2e/lighthouse.mjs
say "the team view with 30 respondents against the results screen (bench/team.mjs)"
node bench/team.mjs 30 7
say "benchmark (bench/run.mjs)"
exec node bench/run.mjs "$@"
