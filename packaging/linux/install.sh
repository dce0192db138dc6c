#!/bin/sh
# Installs ISA Desk for the current user from the folder this script is in (the bundle that
# `make package` builds in dist/isa-desk): the program goes to ~/.local/opt/isa-desk, the
# command to ~/.local/bin/isa-desk, the menu entry, icons and AppStream data to ~/.local/share.
# No administrator rights needed.
#
#     ./install.sh              install or update
#     ./install.sh --uninstall  remove the program again
#
# The database, backups, log and settings (~/.local/share/ISA Desk) are never touched.
set -eu

app_id=de.isa_portal.IsaDesk
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${ISA_DESK_PREFIX:-$HOME/.local/opt/isa-desk}
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256"

refresh_caches() {
    # menus and icon themes pick up the change without a new login
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

uninstall() {
    rm -f "$bin/isa-desk" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/$app_id.svg"
    rm -rf "$prefix"
    refresh_caches
    echo "ISA Desk removed. Your database and settings in \"$data/ISA Desk\" were kept."
}

install_files() {
    if [ "$here" != "$prefix" ]; then
        rm -rf "$prefix"
        mkdir -p "$prefix"
        cp -a "$here/." "$prefix/"
    fi
    mkdir -p "$bin" "$data/applications" "$data/metainfo"
    ln -sf "$prefix/isa-desk" "$bin/isa-desk"
    # the menu must find the program even where ~/.local/bin is not on the PATH
    sed "s|^Exec=.*|Exec=\"$prefix/isa-desk\"|" "$here/share/applications/$app_id.desktop" \
        > "$data/applications/$app_id.desktop"
    cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
    for size in $sizes scalable; do
        folder=$size
        [ "$size" = scalable ] || folder=${size}x${size}
        mkdir -p "$data/icons/hicolor/$folder/apps"
        cp "$here/share/icons/hicolor/$folder/apps/$app_id".* "$data/icons/hicolor/$folder/apps/"
    done
    refresh_caches
    echo "ISA Desk installed in $prefix; start it from the menu or with $bin/isa-desk."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install_files ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
