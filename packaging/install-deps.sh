#!/usr/bin/env bash
# Installs what building, testing and packaging Fieldbook needs on Debian 12.
# Idempotent: when every package is already installed it touches nothing (no apt at all).
set -euo pipefail

# Grouped so it is clear why each package is here.
packages=(
    # toolchain
    g++ cmake ninja-build
    # Qt 6.4 libraries and tools (moc, rcc, lupdate, lrelease)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # Qt plugins loaded at run time: SQL drivers, platforms, SVG images and icons
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6
    # the server: OpenSSL's libcrypto (password hashing, random tokens); gzip bodies (zlib); the
    # client's refresh token in the desktop keychain (qtkeychain)
    libssl-dev zlib1g-dev qtkeychain-qt6-dev
    # phone numbers typed the local way put in international form (core/domain/PhoneNumber)
    libphonenumber-dev
    # tests: Catch2, a headless X server, CJK glyphs, checks on rendered PDFs and images, the
    # PostgreSQL server that the server tests start a throwaway cluster of, SQLite's headers
    catch2 xvfb xauth fonts-wqy-microhei poppler-utils imagemagick postgresql libsqlite3-dev
    python3-icalendar # reads back the exported .ics in the calendar tests
    # the `format` target
    clang-format
    # cpack -G DEB: dpkg-shlibdeps and ELF detection
    dpkg-dev file
)

# dpkg-query's abbreviated status has "i" second for an installed package ("ii", or "hi" when held);
# unknown packages print nothing on stdout.
declare -A installed=()
while read -r status name; do
    [[ ${status:1:1} == i ]] && installed[$name]=1
done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for package in "${packages[@]}"; do
    [[ -n ${installed[$package]:-} ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

as_root=()
if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        cat >&2 <<EOF
install-deps: these Debian packages are missing and installing them needs root:
  ${missing[*]}
You are not root and sudo is not installed. Either run this again as root, e.g.
  su -c '$(realpath "$0")'
or ask an administrator to run
  apt-get install --no-install-recommends ${missing[*]}
EOF
        exit 1
    fi
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
# env, not an exported variable: sudo resets the environment.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
