"""Built-in plugin module `more_exporters` (under construction: registers nothing yet)."""
