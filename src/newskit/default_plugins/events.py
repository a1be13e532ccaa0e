"""Built-in plugin module `events` (under construction: registers nothing yet)."""
