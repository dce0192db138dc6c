#!/usr/bin/env bash
# Check the Debian/Ubuntu packages of packaging/debian-packages.txt and install the missing
# ones when this user may (root, or sudo without a password); otherwise print the command.
#
#   packaging/system-deps.sh run    the packages the window needs (make run)
#   packaging/system-deps.sh test   all of them (the tests, CI)
#
# Exit status 0: everything is there (or was installed; or this is no Debian-like
# system, where the list does not apply); 1: packages are missing and were not installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
group="${1:-run}"
case "$group" in
  run | test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

command -v dpkg >/dev/null 2>&1 || exit 0  # not Debian or Ubuntu: nothing to check

# "name [tag]" lines; comments and blank lines skipped; `run` takes only the [run] ones
packages=()
while read -r name tag _rest; do
  case "$name" in "" | \#*) continue ;; esac
  if [ "$group" = test ] || [ "$tag" = "[run]" ]; then
    packages+=("$name")
  fi
done <"$here/debian-packages.txt"

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  {
    echo "ISA Desk needs these system packages, which are not installed: ${missing[*]}"
    echo "Install them with this command, then try again:"
    echo
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}"
    echo
  } >&2
  exit 1
fi
echo "installing: ${missing[*]}"
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
