#!/usr/bin/env bash
# Lints the served OpenAPI document with Spectral (spectral:oas) and Redocly (recommended); fails on any error.
# Usage: scripts/lint-openapi.sh [document.json]
#   Without an argument it writes the document by running OpenApiDocumentTests (a throwaway host and database).
# The linters come from npm, pinned, into .tools/openapi-lint (git-ignored); warnings are printed, not fatal.
set -euo pipefail
cd "$(dirname "$0")/.."

document="${1:-}"
if [ -z "$document" ]; then
  document="$(mktemp --suffix=.json)"
  CREDITPLATFORM_OPENAPI_OUT="$document" dotnet test tests/CreditPlatform.IntegrationTests \
    --filter "FullyQualifiedName~OpenApiDocumentTests.Document_DescribesEveryOperation" >/dev/null
fi
if [ ! -s "$document" ]; then
  echo "No OpenAPI document at $document: run the suite with CREDITPLATFORM_OPENAPI_OUT set, or give a file." >&2
  exit 1
fi

tools=.tools/openapi-lint
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: install Node.js (apt-get install -y npm) to lint the OpenAPI document." >&2
    exit 1
  fi
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund --no-save \
    @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >/dev/null)
fi

printf 'extends: ["spectral:oas"]\n' > "$tools/.spectral.yaml"
echo "Spectral (spectral:oas):"
"$tools/node_modules/.bin/spectral" lint --ruleset "$tools/.spectral.yaml" --fail-severity error "$document"
echo "Redocly (recommended):"
status=0
output=$(REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$tools/node_modules/.bin/redocly" lint --extends recommended --format stylish "$document" 2>&1) || status=$?
# The notice that Node.js 20 is ending is boxed; the findings are the rest.
grep -v -E "Node.js|nodejs.org|║|╔|╚" <<<"$output" || true
exit "$status"
