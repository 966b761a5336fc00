import itertools

from certificates.codes import (
    ALPHABET,
    check_character,
    code_format,
    code_generate,
    code_is_valid,
    code_normalize,
)


def test_generated_codes_have_80_random_bits_and_a_valid_check_character():
    codes = {code_generate() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == 17
        assert set(code) <= set(ALPHABET)
        assert code_is_valid(code)
    assert len(ALPHABET) ** 16 == 2**80


def test_format_reads_as_four_groups_and_a_check_character():
    assert code_format("ABCDEFGHJKMNPQRS" + "T") == "ABCD-EFGH-JKMN-PQRS-T"


def test_normalize_is_forgiving_like_crockford():
    body = "0123456789ABCDEF"
    code = body + check_character(body)
    typed = code_format(code).lower().replace("0", "o").replace("1", "l")
    assert code_normalize(f"  {typed} ") == code
    assert code_normalize("not a code") == ""
    assert code_normalize("U" * 17) == ""  # U is not in the alphabet
    assert code_normalize("A" * 1000) == ""
    assert code_normalize(None) == ""


def test_check_character_catches_every_single_substitution():
    code = code_generate()
    for position, replacement in itertools.product(range(16), ALPHABET):
        if code[position] == replacement:
            continue
        typo = code[:position] + replacement + code[position + 1 :]
        assert not code_is_valid(typo)


def test_check_character_catches_adjacent_swaps():
    caught = total = 0
    for _ in range(200):
        code = code_generate()
        for position in range(15):
            if code[position] == code[position + 1]:
                continue
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            total += 1
            caught += not code_is_valid(swapped)
    assert caught / total > 0.95
