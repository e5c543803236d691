"""Engine and sessions, SQLite pragmas, migrations runner, backups."""
