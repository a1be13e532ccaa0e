"""Bridges from newskit to engines that run it at scale (optional extras).

Nothing here is imported by the core; each module imports its engine at first
use and says which extra to install when it is missing
(``pip install 'newskit[dask]'`` for :mod:`newskit.integrations.dask`).
"""
