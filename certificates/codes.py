"""Verification codes a person can read aloud and type: XXXX-XXXX-XXXX-XXXX-C.

Sixteen Crockford base32 characters carry 80 random bits (`secrets`); the last character is a
Luhn mod 32 check over them, in the same alphabet, so every single mistyped character and most
swaps of two neighbours are caught before any lookup. Reading is forgiving as Crockford intends:
case, spaces and dashes are ignored, I and L read as 1, O as 0.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_INDEX = {char: i for i, char in enumerate(ALPHABET)}
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
BODY_LENGTH = 16
LENGTH = BODY_LENGTH + 1


def check_character(body):
    """Luhn mod N (N = 32) check character of `body`."""
    factor, total, n = 2, 0, len(ALPHABET)
    for char in reversed(body):
        addend = factor * _INDEX[char]
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def code_generate():
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def code_normalize(text):
    """The canonical 17-character form of what a person typed, or "" when it cannot be a code."""
    if not isinstance(text, str) or len(text) > 64:
        return ""
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_ALIASES)
    if len(cleaned) != LENGTH or any(char not in _INDEX for char in cleaned):
        return ""
    return cleaned


def code_is_valid(code):
    return len(code) == LENGTH and check_character(code[:BODY_LENGTH]) == code[BODY_LENGTH]


def code_format(code):
    """XXXX-XXXX-XXXX-XXXX-C for display and URLs."""
    groups = [code[i : i + 4] for i in range(0, BODY_LENGTH, 4)]
    return "-".join([*groups, code[BODY_LENGTH:]])
