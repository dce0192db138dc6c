"""Backups in the window: File › Backups…, the daily backup at start, and what the window
offers when a database turns out to be damaged."""
