#!/usr/bin/env bash
# setup.sh — install everything the build and the tests need; idempotent, safe to run often.
#
# 1. Debian/Ubuntu packages (checked with dpkg first; apt-get runs only if something is missing).
# 2. Dear ImGui sources from Debian's `imgui` source package, pinned to one version and verified
#    against the sha256 below, unpacked into third_party/imgui/ (gitignored).
# 3. npm packages for the browser tests from package-lock.json (`npm ci`; never
#    `npx playwright install`: Chromium comes from apt).
# A second run only checks and prints "ok" lines; it downloads nothing.
# Env: ARMISTICE_SKIP_APT=1 skips step 1 (machines where you manage packages yourself).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# [SECTION] Pins ---------------------------------------------------------------------------------
# Preferred: Debian trixie's imgui 1.90.1 (needs a deb-src entry for trixie).
IMGUI_VERSION="1.90.1+ds-1"
IMGUI_SUITE="trixie"
IMGUI_ORIG="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
# Fallback only if trixie's source cannot be fetched: bookworm's 1.86.
IMGUI_FALLBACK_VERSION="1.86+ds-1"
IMGUI_FALLBACK_SUITE="bookworm"
IMGUI_FALLBACK_ORIG="imgui_1.86+ds.orig.tar.xz"
IMGUI_FALLBACK_SHA256="0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64"

IMGUI_DIR="$ROOT/third_party/imgui"
# Verified tarballs are cached per user so fresh clones need no network for ImGui.
DOWNLOADS="${XDG_CACHE_HOME:-$HOME/.cache}/armistice-explorer/downloads"
SRC_LIST="/etc/apt/sources.list.d/armistice-explorer-src.sources"

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
start_ms=$(($(date +%s%N) / 1000000))

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot install packages"
    SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

. /etc/os-release
DISTRO="${ID:-debian}"

# [SECTION] 1. System packages --------------------------------------------------------------------
packages=(
    g++ cmake ninja-build clang clang-format libclang-rt-14-dev git python3 ca-certificates
    emscripten libcereal-dev rapidjson-dev googletest libgtest-dev libglfw3-dev libgl-dev
    xvfb xauth brotli python3-numpy fonts-noto-core dpkg-dev xz-utils
)
if [ "$DISTRO" = "ubuntu" ]; then
    # Ubuntu's `chromium` is a snap wrapper; use an installed Chrome/Chromium if there is one.
    if ! command -v chromium >/dev/null && ! command -v google-chrome >/dev/null; then
        packages+=(chromium-browser)
    fi
    packages=("${packages[@]/libclang-rt-14-dev/}")
else
    packages+=(chromium)
fi
# node/npm may come from elsewhere (e.g. NodeSource bundles npm); only install what's absent.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

apt_updated=0
apt_update() {
    if [ "$apt_updated" -eq 0 ]; then
        log "apt-get update"
        "${SUDO[@]}" apt-get update -qq
        apt_updated=1
    fi
}

if [ "${ARMISTICE_SKIP_APT:-0}" = "1" ]; then
    log "skipping apt packages (ARMISTICE_SKIP_APT=1)"
else
    missing=()
    for p in "${packages[@]}"; do
        [ -n "$p" ] || continue
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        log "installing: ${missing[*]}"
        apt_update
        "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        log "ok: ${#packages[@]} apt packages already installed"
    fi
fi

# [SECTION] 2. Dear ImGui sources ----------------------------------------------------------------
sha_ok() { echo "$2  $1" | sha256sum --check --status; }

# Writes a deb-src entry (source indexes only) for the given suite into its own .sources file.
ensure_deb_src() {
    local suite=$1 uris keyring
    if [ "$DISTRO" = "ubuntu" ]; then
        # Debian suites on Ubuntu need Debian's archive key (package debian-archive-keyring).
        dpkg-query -W -f='${Status}' debian-archive-keyring 2>/dev/null | grep -q "install ok" || {
            apt_update
            "${SUDO[@]}" apt-get install -y -qq debian-archive-keyring
        }
    fi
    uris="http://deb.debian.org/debian"
    keyring="/usr/share/keyrings/debian-archive-keyring.gpg"
    local want
    want=$(printf '%s\n' \
        "# Written by Armistice Explorer scripts/setup.sh: Dear ImGui source package only." \
        "Types: deb-src" "URIs: $uris" "Suites: $suite" "Components: main" "Signed-By: $keyring")
    if [ ! -f "$SRC_LIST" ] || [ "$(cat "$SRC_LIST")" != "$want" ]; then
        log "adding deb-src entry for $suite in $SRC_LIST"
        printf '%s\n' "$want" | "${SUDO[@]}" tee "$SRC_LIST" >/dev/null
        apt_updated=0
    fi
}

# fetch_imgui <version> <suite> <orig-tarball> <sha256>: tarball into $DOWNLOADS, verified.
fetch_imgui() {
    local version=$1 suite=$2 orig=$3 sha=$4
    mkdir -p "$DOWNLOADS"
    if [ -f "$DOWNLOADS/$orig" ] && sha_ok "$DOWNLOADS/$orig" "$sha"; then
        return 0
    fi
    ensure_deb_src "$suite" || return 1
    if ! apt-cache showsrc imgui 2>/dev/null | grep -qx "Version: $version"; then
        apt_updated=0
        apt_update || return 1
    fi
    log "downloading Debian source package imgui=$version ($suite)"
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get -qq -o APT::Sandbox::User="$(id -un)" source --download-only \
        "imgui=$version") || { rm -rf "$tmp"; return 1; }
    if ! sha_ok "$tmp/$orig" "$sha"; then
        rm -rf "$tmp"
        die "checksum mismatch for $orig (expected $sha): refusing to use it"
    fi
    mv "$tmp/$orig" "$DOWNLOADS/$orig"
    rm -rf "$tmp"
}

# unpack_imgui <version> <orig> <sha>: replaces third_party/imgui with the verified tarball.
unpack_imgui() {
    local version=$1 orig=$2 sha=$3 tmp
    tmp=$(mktemp -d)
    tar -xJf "$DOWNLOADS/$orig" -C "$tmp"
    rm -rf "$IMGUI_DIR"
    mkdir -p "$(dirname "$IMGUI_DIR")"
    mv "$tmp"/imgui-* "$IMGUI_DIR"
    rm -rf "$tmp"
    printf '%s %s\n' "$version" "$sha" >"$IMGUI_DIR/.armistice-version"
    log "Dear ImGui $version unpacked into third_party/imgui/"
}

stamp="$IMGUI_VERSION $IMGUI_SHA256"
if [ -f "$IMGUI_DIR/.armistice-version" ] && [ "$(cat "$IMGUI_DIR/.armistice-version")" = "$stamp" ]; then
    log "ok: Dear ImGui $IMGUI_VERSION in third_party/imgui/"
elif fetch_imgui "$IMGUI_VERSION" "$IMGUI_SUITE" "$IMGUI_ORIG" "$IMGUI_SHA256"; then
    unpack_imgui "$IMGUI_VERSION" "$IMGUI_ORIG" "$IMGUI_SHA256"
else
    log "WARNING: could not fetch imgui $IMGUI_VERSION from $IMGUI_SUITE; falling back to" \
        "$IMGUI_FALLBACK_VERSION ($IMGUI_FALLBACK_SUITE)"
    fallback_stamp="$IMGUI_FALLBACK_VERSION $IMGUI_FALLBACK_SHA256"
    if [ ! -f "$IMGUI_DIR/.armistice-version" ] ||
        [ "$(cat "$IMGUI_DIR/.armistice-version")" != "$fallback_stamp" ]; then
        fetch_imgui "$IMGUI_FALLBACK_VERSION" "$IMGUI_FALLBACK_SUITE" "$IMGUI_FALLBACK_ORIG" \
            "$IMGUI_FALLBACK_SHA256" || die "cannot fetch Dear ImGui sources"
        unpack_imgui "$IMGUI_FALLBACK_VERSION" "$IMGUI_FALLBACK_ORIG" "$IMGUI_FALLBACK_SHA256"
    fi
fi

# [SECTION] 3. npm packages for the browser tests ------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
    log "WARNING: node $node_major found; the browser tests (playwright-core) need node >= 20"
fi
lock_sha=$(sha256sum package-lock.json | cut -d' ' -f1)
npm_stamp="node_modules/.armistice-lock-sha256"
if [ -f "$npm_stamp" ] && [ "$(cat "$npm_stamp")" = "$lock_sha" ]; then
    log "ok: node_modules matches package-lock.json"
else
    log "npm ci (from package-lock.json)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$lock_sha" >"$npm_stamp"
fi

elapsed_ms=$(($(date +%s%N) / 1000000 - start_ms))
log "done in $((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000))) s"
