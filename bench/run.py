"""`make bench`: run every benchmark, each in its own process (own throwaway database)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    "home.py",
    "courses.py",
    "competencies.py",
    "competency_profile.py",
    "tracking.py",
    "certificates.py",
    "launchpad.py",
]


def main():
    failed = []
    for name in BENCHMARKS:
        path = HERE / name
        if not path.exists():
            continue
        print(f"\n=== {name}")
        if subprocess.run([sys.executable, str(path)], check=False).returncode:  # noqa: S603
            failed.append(name)
    if failed:
        print(f"\nBenchmarks that crashed: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
