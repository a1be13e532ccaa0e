"""Start-up cost: `import newskit` (target < 100 ms) and the first registry build.

    python benchmarks/bench_import.py

Reads `python -X importtime` (cumulative microseconds of the `newskit` package)
over several fresh interpreters and prints the median; then the time to build a
Registry with every plugin (entry points included) and run a first analysis.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def import_time_ms() -> float:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newskit"],
                         capture_output=True, text=True, check=True).stderr
    for line in out.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "newskit":
            return int(parts[1]) / 1000
    raise RuntimeError("newskit not found in -X importtime output")


def first_use_ms() -> tuple[float, float]:
    code = (
        "import time; t=time.perf_counter(); import newskit; from newskit import Registry; "
        "r=Registry(); r.pipeline(); t1=time.perf_counter(); "
        "newskit.analyze('Ana Lima said on Monday that \"talks will resume\".', registry=r, "
        "published='2024-01-03'); t2=time.perf_counter(); print((t1-t)*1000, (t2-t1)*1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    runs = [import_time_ms() for _ in range(7)]
    print(f"import newskit: median {statistics.median(runs):.1f} ms over {len(runs)} runs "
          f"(min {min(runs):.1f}, max {max(runs):.1f}); target < 100 ms")
    registry_ms, first_ms = first_use_ms()
    print(f"first use: registry with all plugins + pipeline {registry_ms:.0f} ms; "
          f"first analysis (lazy lexicons and patterns) {first_ms:.0f} ms")


if __name__ == "__main__":
    t = time.perf_counter()
    main()
