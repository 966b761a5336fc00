import pytest

from .factories import pack_create


@pytest.fixture
def pack(home_page):
    return pack_create(home_page, steps=3, tasks=4)
