"""How the competencies app compares texts: accents and case ignored (sorting and search)."""

import re
import unicodedata


def sort_key(text):
    """`text` without accents, case-folded: "Éco" sorts and matches with "eco"."""
    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    return stripped.casefold()


def words(text):
    """The words of `text` as sort_key writes them."""
    return re.findall(r"\w+", sort_key(text))
