import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.numbers import is_range, parse_number, qualifier


@pytest.mark.parametrize("token,value", [
    ("20", 20), ("１２", 12), ("1,100", 1100), ("1.3万", 13000), ("50万", 500000), ("两万", 20000),
    ("一百", 100), ("二十", 20), ("十", 10), ("三", 3), ("一百零五", 105), ("0", 0), ("96.5", 96.5),
])
def test_parse_number_reads_digits_chinese_and_mixed(token, value):
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["两三百", "三四", "五六十"])
def test_adjacent_chinese_digits_are_a_range_not_a_number(token):
    assert is_range(token)
    assert parse_number(token) is None


@pytest.mark.parametrize("prefix,suffix,expected", [
    ("", "余", "more_than"), ("", "多", "more_than"), ("", "以上", "more_than"), ("超过", "", "more_than"),
    ("达", "", "exact"), ("近", "", "about"), ("约", "", "about"), ("", "左右", "about"), ("", "", "exact"),
])
def test_qualifier(prefix, suffix, expected):
    assert qualifier(prefix, suffix) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_round_trip(n):
    assert parse_number(cn2an.an2cn(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_numerals_round_trip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_parse_number_never_crashes(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)
