"""Team mode in the window: connecting to the office's database server, and moving the
database there (File › Connect to team server…, File › Move to team server…)."""
