"""Built-in plugin module `formats` (under construction: registers nothing yet)."""
