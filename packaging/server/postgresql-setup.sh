#!/bin/sh
# PostgreSQL for a store serving many sites: a role and a database of its own, on the same
# server (or adapt the address for another one). Run as root on the database server:
#   sh /usr/share/doc/kiosk-store/examples/postgresql-setup.sh
# then set database_url in /etc/kiosk/store.toml as printed, and restart the store
# (systemctl restart kiosk-store: its start brings the schema up to date).
set -eu
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE kiosk LOGIN PASSWORD '$password';
CREATE DATABASE kiosk OWNER kiosk ENCODING 'UTF8' TEMPLATE template0;
SQL
echo "database_url = \"postgresql+psycopg://kiosk:$password@127.0.0.1:5432/kiosk\""
