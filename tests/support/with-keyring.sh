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
# gnome-keyring 42 no longer prints GNOME_KEYRING_PID with --daemonize, and a daemonized one can
# outlive the session: run it in the background instead so the trap can stop it by its pid.
printf 'test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$scratch/keyring.out" &
GNOME_KEYRING_PID=$!
# Wait until it owns the Secret Service name; a call before that would make D-Bus start a second,
# locked keyring.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$GNOME_KEYRING_PID" 2>/dev/null; then
        echo "with-keyring: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    sleep 0.05
done
export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
"$@"
