"""Backups of an SQLite database file, and getting one back.

- `copying`: a consistent copy made with SQLite's online backup API under a temporary
  name, checked, and only then given its name (also the backup before a schema upgrade);
- `listing`: the `backups` folder beside the database and the names of the files in it;
- `rotation`: the backup of the first start of each day, and which dated backups to keep;
- `restore`: putting a backup in the database's place, after backing up what it replaces.

Server databases (PostgreSQL) are backed up by the server's own tools, not here.
"""
