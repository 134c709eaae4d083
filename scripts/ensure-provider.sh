#!/usr/bin/env bash
# Make `terraform init` resolve the aliyun/alicloud provider pinned in schema/provider.json without
# network access to the Terraform registry.
#
#   bash scripts/ensure-provider.sh                 # ensure terraform (or OpenTofu) and the provider
#   bash scripts/ensure-provider.sh --print-binary  # ensure, then print only the terraform binary path
#
# Idempotent. In order:
#   1. Terraform binary: $TERRAFORM_BINARY_NAME, else `terraform` on PATH, else `tofu` on PATH, else
#      OpenTofu built from its Go module (the Terraform registry and GitHub are unreachable here).
#   2. If `terraform init` already resolves aliyun/alicloud <version> (local mirror present, or the
#      registry reachable on a user's machine), nothing else happens.
#   3. Otherwise the provider is built from its Go module and installed in Terraform's implied local
#      mirror (~/.terraform.d/plugins/<host>/aliyun/alicloud/<version>/<os>_<arch>/), for both the
#      Terraform and the OpenTofu registry host. The Go build cache is reused across runs.
# Go itself, when missing or older than the provider needs, is fetched as the golang.org/toolchain
# module from the Go module proxy.
set -euo pipefail
# A TF_CLI_CONFIG_FILE naming a missing file only makes terraform warn on every command.
if [[ -n "${TF_CLI_CONFIG_FILE:-}" && ! -f "$TF_CLI_CONFIG_FILE" ]]; then unset TF_CLI_CONFIG_FILE; fi
export CHECKPOINT_DISABLE=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
META="$ROOT/schema/provider.json"
PRINT_BINARY=0
[[ "${1:-}" == "--print-binary" ]] && PRINT_BINARY=1

log() { if [[ $PRINT_BINARY == 1 ]]; then echo "[ensure-provider] $*" >&2; else echo "[ensure-provider] $*"; fi; }
die() { echo "[ensure-provider] ERROR: $*" >&2; exit 1; }
meta() { node -e "const m=require(process.argv[1]); const v=process.argv[2].split('.').reduce((o,k)=>o[k],m); process.stdout.write(typeof v==='object'?JSON.stringify(v):String(v))" "$META" "$1"; }

VERSION="$(meta version)"
SOURCE="$(meta source)"
GO_MODULE="$(meta goModule)"
GO_MIN="$(meta goToolchainMinimum)"
NAMESPACE="${SOURCE%%/*}"
TYPE="${SOURCE##*/}"
CACHE_DIR="${ALICLOUD_HARDENED_CACHE:-$HOME/.cache/alicloud-ecs-hardened}"
OPENTOFU_VERSION="${OPENTOFU_VERSION:-v1.10.10}"
START=$(date +%s)

version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" == "$2" ]]; }

# --- Go toolchain -----------------------------------------------------------------------------
ensure_go() {
  local have=""
  if command -v go >/dev/null 2>&1; then have="$(go env GOVERSION | sed 's/^go//')"; fi
  if [[ -n "$have" ]] && version_ge "$have" "$GO_MIN"; then return; fi
  local want="go${GO_MIN}" dir="$CACHE_DIR/go-toolchain/go${GO_MIN}"
  if [[ ! -x "$dir/bin/go" ]]; then
    log "Go ${have:-(none)} < $GO_MIN: fetching $want as module golang.org/toolchain from the Go module proxy"
    local proxy="${GOPROXY:-https://proxy.golang.org}"; proxy="${proxy%%,*}"
    local arch; arch="$(uname -m)"; case "$arch" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac
    local zip="$CACHE_DIR/go-toolchain/$want.zip" tmp="$CACHE_DIR/go-toolchain/tmp-$$"
    mkdir -p "$tmp"
    curl -fsSL "$proxy/golang.org/toolchain/@v/v0.0.1-$want.linux-$arch.zip" -o "$zip"
    python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$zip" "$tmp"
    rm -rf "$dir"; mv "$tmp"/golang.org/toolchain@*/ "$dir"; chmod -R u+x "$dir/bin" "$dir/pkg/tool"
    rm -rf "$tmp" "$zip"
  fi
  export PATH="$dir/bin:$PATH" GOTOOLCHAIN=local
}

# --- Terraform binary -------------------------------------------------------------------------
find_terraform() {
  if [[ -n "${TERRAFORM_BINARY_NAME:-}" ]]; then command -v "$TERRAFORM_BINARY_NAME" && return; fi
  command -v terraform && return
  command -v tofu && return
  [[ -x "$CACHE_DIR/bin/tofu" ]] && echo "$CACHE_DIR/bin/tofu" && return
  return 1
}

install_opentofu() {
  ensure_go
  log "no terraform binary on PATH: building OpenTofu $OPENTOFU_VERSION from its Go module"
  local t0; t0=$(date +%s)
  local src; src="$(GOFLAGS=-mod=mod go mod download -json "github.com/opentofu/opentofu@$OPENTOFU_VERSION" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).Dir))')"
  mkdir -p "$CACHE_DIR/bin"
  # go.mod of OpenTofu has replace directives, so `go install pkg@version` refuses: build in place.
  (cd "$src" && go build -trimpath -o "$CACHE_DIR/bin/tofu" ./cmd/tofu)
  log "built OpenTofu in $(( $(date +%s) - t0 ))s: $CACHE_DIR/bin/tofu"
}

TF="$(find_terraform || true)"
if [[ -z "$TF" ]]; then install_opentofu; TF="$CACHE_DIR/bin/tofu"; fi
log "terraform binary: $TF ($("$TF" version 2>/dev/null | head -1))"

# --- Is the provider already resolvable? --------------------------------------------------------
probe_init() {
  local dir; dir="$(mktemp -d)"
  cat > "$dir/main.tf.json" <<EOF
{ "terraform": { "required_providers": { "$TYPE": { "source": "$SOURCE", "version": "= $VERSION" } } } }
EOF
  local rc=0
  (cd "$dir" && TF_IN_AUTOMATION=1 timeout 120 "$TF" init -backend=false -input=false -no-color >"$dir/init.log" 2>&1) || rc=$?
  [[ $rc != 0 ]] && INIT_ERROR="$(grep -m1 -E 'Error|error' "$dir/init.log" || true)"
  rm -rf "$dir"
  return $rc
}

if probe_init; then
  log "aliyun/alicloud $VERSION already resolves for terraform init: nothing to do ($(( $(date +%s) - START ))s)"
  [[ $PRINT_BINARY == 1 ]] && echo "$TF"
  exit 0
fi
log "terraform init cannot resolve $SOURCE $VERSION (${INIT_ERROR:-no detail}): building it from $GO_MODULE@v$VERSION"

# --- Build the provider from its Go module --------------------------------------------------------
ensure_go
BUILD_START=$(date +%s)
MODDIR="$(GOFLAGS=-mod=mod go mod download -json "$GO_MODULE@v$VERSION" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s); if(j.Error){console.error(j.Error);process.exit(1)} process.stdout.write(j.Dir)})')" \
  || die "the Go module proxy did not serve $GO_MODULE@v$VERSION"
# `go install pkg@version` also reads the module's version list for deprecation notices, which the
# proxy reachable from our machines refuses; and dependency overrides need a writable go.mod. So the
# module source is copied and built in place.
SRC="$CACHE_DIR/src/terraform-provider-alicloud@v$VERSION"
if [[ ! -f "$SRC/.complete" ]]; then
  rm -rf "$SRC"; mkdir -p "$(dirname "$SRC")"; cp -r "$MODDIR" "$SRC"; chmod -R u+w "$SRC"; touch "$SRC/.complete"
fi
OVERRIDES="$(node -e 'const o=require(process.argv[1]).buildDependencyOverrides||{}; for (const [k,v] of Object.entries(o)) if (k!=="//") console.log(k+"@"+v)' "$META")"
if [[ -n "$OVERRIDES" ]]; then
  while read -r req; do
    log "dependency override: $req (see schema/provider.json buildDependencyOverrides)"
    (cd "$SRC" && go mod edit -require="$req")
  done <<< "$OVERRIDES"
fi

GOOS_ARCH="$(go env GOOS)_$(go env GOARCH)"
BIN_NAME="terraform-provider-${TYPE}_v$VERSION"
OUT="$CACHE_DIR/bin/$BIN_NAME"
mkdir -p "$CACHE_DIR/bin"
TIME_LOG="$CACHE_DIR/provider-build-time.log"
log "compiling (one Go package of ~2,200 files: expect tens of minutes on 2 cores) ..."
if [[ -x /usr/bin/time ]]; then
  (cd "$SRC" && GOFLAGS=-mod=mod /usr/bin/time -v -o "$TIME_LOG" go build -trimpath -o "$OUT" .)
  PEAK_KB="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TIME_LOG")"
  log "peak memory of the build: $(( PEAK_KB / 1024 )) MiB"
else
  (cd "$SRC" && GOFLAGS=-mod=mod go build -trimpath -o "$OUT" .)
fi
log "built $BIN_NAME in $(( $(date +%s) - BUILD_START ))s"

for host in registry.terraform.io registry.opentofu.org; do
  dest="$HOME/.terraform.d/plugins/$host/$NAMESPACE/$TYPE/$VERSION/$GOOS_ARCH"
  mkdir -p "$dest"
  install -m 0755 "$OUT" "$dest/$BIN_NAME"
  log "installed $dest/$BIN_NAME"
done

probe_init || die "terraform init still cannot resolve $SOURCE $VERSION after installing it: ${INIT_ERROR:-}"
log "done: aliyun/alicloud $VERSION resolves offline ($(( $(date +%s) - START ))s in total)"
[[ $PRINT_BINARY == 1 ]] && echo "$TF"
exit 0
