"""Built-in plugin module `quotes` (under construction: registers nothing yet)."""
