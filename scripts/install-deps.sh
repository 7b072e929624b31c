#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian/Ubuntu package Podium needs to build, run and test.
# Run as root or with sudo; safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang                                   # libFuzzer target
  libsdl2-dev libsdl2-ttf-dev libfreetype-dev libfontconfig-dev fonts-noto-cjk
  libespeak-ng-dev espeak-ng
  libicu-dev                              # UAX #14 line breaking; ICU in the splitter benchmark
  nlohmann-json3-dev libcli11-dev         # JSON output, command-line parsing
  libsndfile1-dev libpng-dev              # WAV export, PNG frames and charts
  libsoxr-dev                             # resampling: recordings at any rate and eSpeak's 22.05 kHz → 16 kHz (the follower)
  libaubio-dev                            # voice follower: MFCCs of the speaker and of the script's reference sound
  catch2                                  # tests
  libmd4c-dev libzip-dev libpugixml-dev   # Markdown parsing; .docx/.odt/.pptx (zip + XML) import
  libexpat1-dev                           # Word's main part parsed as a stream (memory of one paragraph, not the document)
  libmd4c-html0                           # not used, but md4cConfig.cmake fails without its library
  pandoc python3-docx                     # import tests convert samples with pandoc; fixture script
  xvfb xauth                              # the real-window smoke test
  dpkg-dev help2man lintian appstream desktop-file-utils bash-completion # the .deb: shlibdeps, man page, checks
  libmicrohttpd-dev libgnutls28-dev       # --remote: HTTP server of the phone remote (event-driven, bounded), --remote-tls
  libqrencode-dev                         # --remote: pairing QR code
  libcpp-httplib-dev                      # the remote tests' and benchmark's HTTP client (not the server)
  chromium python3-websocket              # the remote page's real-browser test (DevTools protocol)
  gettext                                 # xgettext/msgfmt: podium.pot and the .mo catalogues (po/)
  libaubio-dev libebur128-dev             # the delivery coach: pitch and MFCCs (aubio), BS.1770 loudness
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "podium: all build dependencies are installed"
  exit 0
fi
echo "podium: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed apt-get update -qq
sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}"
