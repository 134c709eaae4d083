#!/usr/bin/env bash
# Installs the pinned checkov into a project-local Python environment (.venv/, git-ignored) and prints
# the path of its `checkov` executable as the last line of stdout. Idempotent: when .venv/ already holds
# the pinned version it only prints the path.
#
#   bash scripts/ensure-checkov.sh            # install if needed, print the checkov path
#   CHECKOV_VERSION=3.3.30 bash scripts/ensure-checkov.sh
#
# Works on a fresh machine: uses `python3 -m venv`; when the venv module (Debian: python3-venv) or
# ensurepip is missing it falls back to `virtualenv` installed from PyPI with `pip install --user`,
# and as a last resort to `pip install --target .venv/site` with a small wrapper script.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="${CHECKOV_VERSION:-3.3.30}"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
log() { echo "ensure-checkov: $*" >&2; }

installed_version() {
  # `checkov --version` prints the bare version number.
  [ -x "$1" ] && "$1" --version 2>/dev/null | tail -1 | tr -d '[:space:]' || true
}

# 1. Already installed at the pinned version?
for candidate in "$VENV/bin/checkov" "$VENV/checkov"; do
  if [ "$(installed_version "$candidate")" = "$VERSION" ]; then
    echo "$candidate"
    exit 0
  fi
done

command -v "$PY" >/dev/null || { log "python3 is required (set PYTHON=... to use another interpreter)"; exit 1; }
log "installing checkov==$VERSION into $VENV (once; takes a minute or two)"
rm -rf "$VENV"

# 2. A virtual environment: the venv module, else virtualenv from PyPI.
if "$PY" -m venv "$VENV" >/dev/null 2>&1 && [ -x "$VENV/bin/pip" ]; then
  log "created $VENV with $PY -m venv"
else
  rm -rf "$VENV"
  log "$PY -m venv is not usable here (Debian: python3-venv); trying virtualenv from PyPI"
  if "$PY" -m virtualenv --version >/dev/null 2>&1 \
    || "$PY" -m pip install --quiet --user virtualenv >/dev/null 2>&1 \
    || "$PY" -m pip install --quiet --user --break-system-packages virtualenv >/dev/null 2>&1; then
    "$PY" -m virtualenv --quiet "$VENV" || rm -rf "$VENV"
  fi
fi

if [ -x "$VENV/bin/pip" ]; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "checkov==$VERSION"
  CHECKOV="$VENV/bin/checkov"
else
  # 3. No virtual environment possible: install into a private target directory.
  log "no virtual environment available; installing with pip --target"
  mkdir -p "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check --target "$VENV/site" "checkov==$VERSION"
  CHECKOV="$VENV/checkov"
  cat >"$CHECKOV" <<EOF
#!/usr/bin/env bash
export PYTHONPATH="$VENV/site\${PYTHONPATH:+:\$PYTHONPATH}"
exec "$PY" -c 'import sys; from checkov.main import Checkov; sys.exit(Checkov().run())' "\$@"
EOF
  chmod +x "$CHECKOV"
fi

got="$(installed_version "$CHECKOV")"
if [ "$got" != "$VERSION" ]; then
  log "expected checkov $VERSION, but $CHECKOV reports '${got:-nothing}'"
  exit 1
fi
log "checkov $got ready"
echo "$CHECKOV"
