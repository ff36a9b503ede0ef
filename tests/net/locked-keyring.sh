#!/bin/sh
# SPDX-FileCopyrightText: 2026 Phin Security
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a gnome-keyring that is running but locked: start it inside its own
# D-Bus session (dbus-run-session) with a HOME whose login keyring already exists, and without
# the password that would unlock it.
set -eu
runtime=$(mktemp -d)
trap 'kill "$keyring_pid" 2>/dev/null || true; rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
chmod 700 "$runtime"
gnome-keyring-daemon --foreground --components=secrets >/dev/null 2>&1 </dev/null &
keyring_pid=$!
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "locked-keyring: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    sleep 0.05
done
"$@"
