"""Built-in plugin module `actors` (under construction: registers nothing yet)."""
