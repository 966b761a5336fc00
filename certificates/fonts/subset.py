"""Rebuild the certificate fonts: DejaVu Sans (Debian's fonts-dejavu-core) cut down to the
characters a certificate can need, so WeasyPrint subsets a small font on every render, not a
full one.

Run from the project root: `python certificates/fonts/subset.py` (needs fonts-dejavu-core).
Characters outside these ranges (a name in Arabic script, an emoji) fall back to the system's
fonts through fontconfig: they still render, only not in this face.
"""

from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/dejavu")
HERE = Path(__file__).resolve().parent
FACES = {
    "DejaVuSans.ttf": "DejaVuSans-certificate.ttf",
    "DejaVuSans-Bold.ttf": "DejaVuSans-Bold-certificate.ttf",
}
UNICODES = [
    *range(0x20, 0x7F),  # Basic Latin
    *range(0xA0, 0x100),  # Latin-1 Supplement
    *range(0x100, 0x180),  # Latin Extended-A (Œ, œ, Ł, ő...)
    0x0192,
    0x02C6,
    0x02DA,
    0x02DC,
    0x0259,
    *range(0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    0x202F,
    0x2030,
    0x2039,
    0x203A,
    0x2044,
    0x20AC,
    0x2116,
    0x2122,
    0x2190,
    0x2192,
    0x2713,
    0x2714,
    0x2022,
    0x25CF,
]


def main():
    options = subset.Options()
    # No ligatures ("fi" drawn as one glyph may not extract as its two letters), and turning
    # them off in CSS instead makes WeasyPrint leak memory (see certificate.css).
    options.layout_features = ["kern", "ccmp", "locl", "mark", "mkmk"]
    options.name_IDs = ["*"]
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    for source, target in FACES.items():
        font = subset.load_font(str(SOURCE / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=UNICODES)
        subsetter.subset(font)
        subset.save_font(font, str(HERE / target), options)
        print(target, (HERE / target).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
