#!/usr/bin/env bash
# Installs the Citus extension into this machine's PostgreSQL 15, built from a source tarball.
#   bash scripts/install-citus.sh [TARBALL]
# TARBALL defaults to the newest ../shared/vendor/citus-*.tar.gz beside the clone; patch files named
# <tarball-stem>-pg<major>.<minor>.patch beside it are applied when they apply to the source.
# Does nothing when the extension is installed already. Needs root (Debian build packages, make install).
# Idempotent: running it twice builds once.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "install-citus: $*" >&2; exit 1; }

pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -n "$pg_bin" ] || fail "PostgreSQL 15 is not installed here (apt-get install -y postgresql); Citus is built for it."
pg_config="$pg_bin/pg_config"
[ -x "$pg_config" ] || pg_config=$(command -v pg_config || true)

installed() {
  [ -n "$pg_config" ] && [ -x "$pg_config" ] || return 1
  [ -f "$("$pg_config" --pkglibdir)/citus.so" ] && [ -f "$("$pg_config" --sharedir)/extension/citus.control" ]
}

if installed; then
  echo "Citus is installed already ($("$pg_config" --pkglibdir)/citus.so)."
  exit 0
fi

tarball=${1:-}
if [ -z "$tarball" ]; then
  tarball=$(ls ../shared/vendor/citus-*.tar.gz 2>/dev/null | sort -V | tail -n 1 || true)
fi
[ -n "$tarball" ] && [ -f "$tarball" ] || fail "no Citus source tarball found (looked in ../shared/vendor; pass its path as the first argument)."
tarball=$(realpath "$tarball")
[ "$(id -u)" = "0" ] || fail "building Citus needs root (Debian build packages and make install into PostgreSQL's folders); run it with sudo."

packages="postgresql-server-dev-15 build-essential liblz4-dev libzstd-dev libkrb5-dev libssl-dev libcurl4-openssl-dev"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "Installing Citus's build packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || fail "could not install the build packages:$missing"
fi
pg_config="$pg_bin/pg_config"
[ -x "$pg_config" ] || pg_config=$(command -v pg_config)

work=$(mktemp -d /tmp/citus-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
[ -n "$src" ] || fail "$tarball holds no source folder."

# Patches beside the tarball for this PostgreSQL major version (e.g. citus-13.2.2-pg15.18.patch: a symbol that
# PostgreSQL exports from that minor release on) are applied when they apply; Debian's build packages bring the
# newest minor release, so the file's minor version is where the need starts, not the only release it fits.
pg_release=$("$pg_config" --version | awk '{print $2}')
pg_major=${pg_release%%.*}
for patch_file in "${tarball%.tar.gz}"-pg"$pg_major".*.patch; do
  [ -f "$patch_file" ] || continue
  if (cd "$src" && patch -p1 --forward --dry-run --silent < "$patch_file" >/dev/null 2>&1); then
    echo "Applying $(basename "$patch_file")"
    (cd "$src" && patch -p1 --forward --silent < "$patch_file") || fail "the patch $(basename "$patch_file") failed to apply."
  else
    echo "Skipping $(basename "$patch_file"): it does not apply to this source."
  fi
done

echo "Building Citus from $(basename "$tarball") for PostgreSQL $pg_release (a few minutes)..."
(
  cd "$src"
  PG_CONFIG="$pg_config" ./configure --quiet > "$work/configure.log" 2>&1 || { tail -20 "$work/configure.log" >&2; exit 1; }
  make -s -j"$(nproc)" > "$work/make.log" 2>&1 || { tail -30 "$work/make.log" >&2; exit 1; }
  make -s install > "$work/install.log" 2>&1 || { tail -20 "$work/install.log" >&2; exit 1; }
) || fail "the build failed (the lines above say where)."

installed || fail "the build finished but citus.so is not in $("$pg_config" --pkglibdir)."
echo "Citus installed into $("$pg_config" --pkglibdir)."
