"""The release a process runs: a digest of its code, so that each deploy uses cache keys of its
own (settings: CACHES' KEY_PREFIX).

What the cache holds may be pickled instances of the project's classes (a page, an enrolment,
an outline's dataclasses). A new release may change those classes: under the old release's
keys, it would unpickle objects that no longer match their class. Every process of a release
computes the same digest from the same files, on every host, so web and worker processes share
their keys; the next release simply starts with an empty cache (the old keys age out).

No Django import here: settings use it.
"""

import hashlib
import os
from pathlib import Path

# What changes the meaning of a cached value: the code, and the templates and translations that
# render cached fragments.
SUFFIXES = (".py", ".html", ".po")
SKIP_DIRS = {".git", ".venv", ".venv-ralph", "node_modules", "media", "staticfiles", "tests"}


def release_get(base_dir):
    """TREMPLIN_RELEASE when the deployment names its release, else a digest of the code."""
    return os.environ.get("TREMPLIN_RELEASE") or source_digest(Path(base_dir))


def source_digest(base_dir):
    """12 hex digits that change with the content (not the dates) of any source file."""
    digest = hashlib.blake2b(digest_size=6)
    for root, dirs, files in os.walk(base_dir):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                path = Path(root, name)
                digest.update(str(path.relative_to(base_dir)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
