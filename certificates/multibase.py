"""The few multiformats encodings Data Integrity needs: base58btc multibase and Multikey."""

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: i for i, char in enumerate(_B58)}
ED25519_PUB_PREFIX = b"\xed\x01"  # multicodec ed25519-pub, varint encoded


class MultibaseError(ValueError):
    pass


def b58encode(data):
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rest = divmod(number, 58)
        out.append(_B58[rest])
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def b58decode(text):
    number = 0
    for char in text:
        if char not in _B58_INDEX:
            raise MultibaseError("not base58btc")
        number = number * 58 + _B58_INDEX[char]
    pad = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * pad + body


def multibase_encode(data):
    return "z" + b58encode(data)


def multibase_decode(text):
    if not isinstance(text, str) or not text.startswith("z") or len(text) > 512:
        raise MultibaseError("not a base58btc multibase value")
    return b58decode(text[1:])


def ed25519_multikey(public_bytes):
    return multibase_encode(ED25519_PUB_PREFIX + public_bytes)


def ed25519_from_multikey(text):
    data = multibase_decode(text)
    if not data.startswith(ED25519_PUB_PREFIX) or len(data) != 34:
        raise MultibaseError("not an Ed25519 Multikey")
    return data[2:]
