"""Built-in plugin module `scorers` (under construction: registers nothing yet)."""
