#!/bin/sh
# SPDX-FileCopyrightText: 2026 Phin Security
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real, unlocked Secret Service (gnome-keyring) inside the current
# D-Bus session (start it with dbus-run-session), with a throw-away HOME.
set -eu
scratch=$(mktemp -d)
trap 'kill "$GNOME_KEYRING_PID" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
if [ -z "${GNOME_KEYRING_PID:-}" ]; then
    echo "with-keyring: gnome-keyring-daemon did not start" >&2
    exit 1
fi
"$@"
