"""Where each key of a TOML file is: the line a problem of the demo content is reported at
(tomllib keeps no positions)."""

import re


class Locator:
    """Line of each key of a TOML file, by its path: "modules[2].items[0].title"."""

    _HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
    _KEY = re.compile(r"\s*([A-Za-z0-9_.-]+)\s*=")

    def __init__(self, text):
        self.lines, counts, current, multiline, array = {}, {}, "", False, None
        for number, line in enumerate(text.split("\n"), start=1):
            if multiline:
                multiline = line.count('"""') % 2 == 0
                continue
            header = self._HEADER.match(line)
            if header:
                parts, current = header[2].split("."), ""
                for index, part in enumerate(parts):
                    current = f"{current}.{part}" if current else part
                    if header[1] == "[[" and index == len(parts) - 1:
                        counts[current] = counts.get(current, -1) + 1
                    if current in counts:
                        current = f"{current}[{counts[current]}]"
                self.lines.setdefault(current, number)
                continue
            if array is not None:  # one item per line of a multi-line array
                if line.strip().startswith("]"):
                    array = None
                elif line.strip():
                    self.lines.setdefault(f"{array[0]}[{array[1]}]", number)
                    array[1] += 1
                continue
            key = self._KEY.match(line)
            if key:
                path = f"{current}.{key[1]}" if current else key[1]
                for prefix in prefixes(path):
                    self.lines.setdefault(prefix, number)
                multiline = line.count('"""') % 2 == 1
                if line.rstrip().endswith("["):
                    array = [path, 0]

    def line(self, path):
        for prefix in reversed(list(prefixes(path))):
            if prefix in self.lines:
                return self.lines[prefix]
        return 1


def prefixes(path):
    parts = re.split(r"(?=[.[])", path)
    for end in range(1, len(parts) + 1):
        yield "".join(parts[:end]).lstrip(".")
