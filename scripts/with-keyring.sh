#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain test talks to a real Secret Service. Usage: dbus-run-session -- scripts/with-keyring.sh CMD...
set -euo pipefail
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
printf 'hostdeck-ci' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
