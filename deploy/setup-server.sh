#!/bin/sh
# Prepares a Debian server for Framdrift, with the code already in /srv/framdrift:
# the service user, its folders with their owners and modes, the env file (made once,
# with a new secret key, never overwritten), the systemd units and timers, and
# /usr/local/bin/framdrift-manage. Run it as root; running it again changes nothing
# but what has drifted (modes, owners, units from a newer release).
#
#   sh /srv/framdrift/deploy/setup-server.sh            # then edit the env file, migrate
#   sh /srv/framdrift/deploy/setup-server.sh --start    # ... and start everything now
#
# Options:
#   --start        enable and start the site, the worker and the timers (default: enable
#                  only, to start after the env file is filled in and the database migrated)
#   --root DIR     write into DIR as if it were / (for tests and images); no systemctl
#   --user NAME    the service user and group (default framdrift), made if missing
#   --no-user      never make the user: it must exist
set -eu

root=
user=framdrift
make_user=yes
start=no
while [ $# -gt 0 ]; do
  case $1 in
    --root) root=${2%/}; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --no-user) make_user=no; shift ;;
    --start) start=yes; shift ;;
    *) echo "setup-server.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

code=$(cd "$(dirname "$0")/.." && pwd)
units="framdrift.service framdrift-worker.service"
timers="framdrift-purge.timer framdrift-prune.timer framdrift-backup.timer"

say() { printf '%s\n' "$*"; }

# The service user: a system account with no login, its home the data folder.
if ! getent passwd "$user" >/dev/null; then
  if [ "$make_user" = no ]; then
    echo "setup-server.sh: there is no user $user (and --no-user was given)" >&2
    exit 1
  fi
  adduser --system --group --home /var/lib/framdrift --no-create-home \
    --shell /usr/sbin/nologin --comment "Framdrift web site" "$user"
  say "made the system user and group $user"
fi
group=$(id -gn "$user")

folder() { # mode owner:group path
  mkdir -p "$root$3"
  chown "$2" "$root$3"
  chmod "$1" "$root$3"
}

# Data: nginx (www-data) reads media through the 0755 folders; private media, backups
# and the settings are the service's own.
folder 0755 "$user:$group" /var/lib/framdrift
folder 0755 "$user:$group" /var/lib/framdrift/media
folder 0700 "$user:$group" /var/lib/framdrift/private-media
folder 0755 "$user:$group" /var/lib/framdrift/static
folder 0700 "$user:$group" /var/backups/framdrift
folder 0750 "root:$group" /etc/framdrift

env_file=$root/etc/framdrift/framdrift.env
if [ ! -e "$env_file" ]; then
  # From .env.example, with a secret key of its own; never replaced once there.
  secret=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 50)
  (umask 077 && sed "s/^DJANGO_SECRET_KEY=\$/DJANGO_SECRET_KEY=$secret/" \
    "$code/.env.example" >"$env_file")
  say "wrote $env_file from .env.example, with a new secret key: fill in the rest"
fi
chown "root:$group" "$env_file"
chmod 0640 "$env_file"

# Units and timers as shipped; edit them with `systemctl edit UNIT` (drop-ins), so that
# running this again after an upgrade keeps your changes.
mkdir -p "$root/etc/systemd/system"
for unit in "$code"/deploy/systemd/*.service "$code"/deploy/systemd/*.timer; do
  install -m 0644 -o root -g root "$unit" "$root/etc/systemd/system/"
done
mkdir -p "$root/usr/local/bin"
install -m 0755 -o root -g root "$code/deploy/framdrift-manage" "$root/usr/local/bin/framdrift-manage"

if [ -n "$root" ]; then
  say "installed into $root; systemctl left alone"
  exit 0
fi
systemctl daemon-reload
if [ "$start" = yes ]; then
  # shellcheck disable=SC2086 # the lists are words
  systemctl enable --now $units $timers
  say "started: $units $timers"
else
  # shellcheck disable=SC2086
  systemctl enable $units $timers
  say "enabled (they start at the next boot): $units $timers"
  say "next: edit /etc/framdrift/framdrift.env, framdrift-manage migrate,"
  say "      framdrift-manage collectstatic --noinput, then run this again with --start"
fi
