"""Built-in plugin module `timexes` (under construction: registers nothing yet)."""
