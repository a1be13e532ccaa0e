"""Built-in plugin module `structure` (under construction: registers nothing yet)."""
