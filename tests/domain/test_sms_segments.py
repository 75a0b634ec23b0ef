"""Segment counting on the tricky cases (GSM 03.38 / 3GPP TS 23.040 part sizes)."""

from __future__ import annotations

from smsplanner.domain.sms_segments import count_segments, message_cost, to_gsm


def test_exactly_160_gsm_characters_is_one_segment():
    info = count_segments("a" * 160)
    assert (info.encoding, info.characters, info.segments, info.remaining) == ("GSM-7", 160, 1, 0)


def test_161_gsm_characters_is_two_segments_of_153():
    info = count_segments("a" * 161)
    assert info.segments == 2
    assert info.per_segment == 153
    assert info.remaining == 153 * 2 - 161
    assert count_segments("a" * 306).segments == 2
    assert count_segments("a" * 307).segments == 3


def test_one_emoji_switches_to_ucs2_and_counts_two_units():
    info = count_segments("Sale today 😀")
    assert info.encoding == "UCS-2"
    assert info.non_gsm_characters == ("😀",)
    assert info.characters == 12
    assert info.units == 13  # the emoji is a surrogate pair
    assert count_segments("b" * 68 + "😀").segments == 1  # 70 units
    assert count_segments("b" * 69 + "😀").segments == 2  # 71 units


def test_ucs2_boundaries_70_and_67():
    assert count_segments("é" * 0 + "ć" * 70).segments == 1
    assert count_segments("ć" * 71).segments == 2
    assert count_segments("ć" * 134).segments == 2
    assert count_segments("ć" * 135).segments == 3


def test_surrogate_pair_is_not_split_across_parts():
    # 66 units then an emoji: the pair does not fit in part one's last unit.
    text = "ć" * 66 + "😀" + "ć" * 10
    assert count_segments(text).segments == 2
    # 134 units would fit two parts by division, but the split pair pushes one unit over.
    info = count_segments("ć" * 66 + "😀" * 2 + "ć" * 64)
    assert (info.units, info.segments) == (134, 3)


def test_euro_sign_is_gsm_but_counts_two():
    info = count_segments("€" * 80)
    assert info.encoding == "GSM-7"
    assert info.units == 160
    assert info.segments == 1
    assert count_segments("€" * 80 + "a").segments == 2


def test_extension_escape_is_not_split_across_parts():
    # 152 septets, then '{' (2 septets) cannot straddle the 153 boundary.
    assert count_segments("a" * 152 + "{" + "a" * 10).segments == 2
    # 306 septets would fit two parts by division; the unsplittable escape makes it three.
    info = count_segments("a" * 152 + "{" + "a" * 152)
    assert (info.units, info.segments) == (306, 3)


def test_all_extension_characters_count_two():
    info = count_segments("^{}\\[]~|€")
    assert info.units == 18
    assert info.encoding == "GSM-7"


def test_gsm_basic_accents_stay_gsm():
    assert count_segments("Café Müller àèìòù ÄÖÑÜ ß").encoding == "GSM-7"
    assert count_segments("ç").encoding == "UCS-2"  # only capital Ç is in GSM-7


def test_non_gsm_characters_listed_once_in_order():
    info = count_segments("“Hi” – “you”")
    assert info.non_gsm_characters == ("“", "”", "–")


def test_to_gsm_brings_curly_quotes_and_dashes_back_to_gsm7():
    text = "It’s “fresh” — today… only"
    fixed = to_gsm(text)
    assert fixed == "It's \"fresh\" - today... only"
    assert count_segments(fixed).encoding == "GSM-7"


def test_to_gsm_leaves_emoji_so_message_stays_ucs2():
    fixed = to_gsm("“Hi” 😀")
    assert fixed == '"Hi" 😀'
    assert count_segments(fixed).non_gsm_characters == ("😀",)


def test_empty_message_has_no_segments():
    assert count_segments("").segments == 0


def test_cost_is_segments_times_audience_times_price():
    assert message_cost(2, 1000, 0.045) == 90.0


def test_split_parts_agrees_with_the_count() -> None:
    from smsplanner.domain.sms_segments import count_segments, split_parts

    for text in ("", "hi", "a" * 160, "a" * 161, "€" * 81, "😀" + "x" * 70, "x" * 400 + "😀"):
        parts = split_parts(text)
        assert "".join(parts) == text
        assert len(parts) == count_segments(text).segments
    assert [len(p) for p in split_parts("a" * 161)] == [153, 8]
