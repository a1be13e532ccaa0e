"""Built-in plugins: ordinary plugin modules registered through the public hooks.

The core never imports a concrete component by name; the registry imports the
modules listed in :data:`newskit.plugins.DEFAULT_PLUGINS` and calls their hooks
like any third-party plugin's.
"""
