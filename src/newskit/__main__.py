"""``python -m newskit``: the command line."""

from newskit.cli import main

raise SystemExit(main())
