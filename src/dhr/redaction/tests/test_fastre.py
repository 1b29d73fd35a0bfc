"""Guarded patterns (fastre) find exactly what the patterns as written find, and the
cycle collector is held off only while a case is read."""

from __future__ import annotations

import ast
import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# importing the engine compiles (and registers) every guarded pattern
from dhr.redaction import api
from dhr.redaction.fastre import (
    GUARDED,
    LINES_WITH,
    compile_guarded,
    finditer,
    first_characters,
    within_a_line,
)
from dhr.redaction.matching import collector_held_off


def _sentences_of_the_tests() -> list[str]:
    """Every string in the engine's tests: sentences written to set off its patterns."""
    out = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 3
            ):
                out.append(node.value)
    return out


SENTENCES = _sentences_of_the_tests()
CORPUS = "\n\n".join(SENTENCES)


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _found_line_by_line(
    rx: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in finditer(rx, text)]


def test_the_engine_guards_its_slow_patterns() -> None:
    assert len(GUARDED) >= 50


@pytest.mark.parametrize(
    ("guarded", "pattern", "flags"), GUARDED, ids=[str(i) for i in range(len(GUARDED))]
)
def test_a_guarded_pattern_finds_what_it_finds_as_written(
    guarded: re.Pattern[str], pattern: str, flags: int
) -> None:
    plain = re.compile(pattern, flags)
    assert _found(guarded, CORPUS) == _found(plain, CORPUS)
    for sentence in SENTENCES:  # at the very start of a text too
        assert _found(guarded, sentence) == _found(plain, sentence)


def test_the_tests_sentences_set_off_most_guarded_patterns() -> None:
    """Else the comparison above would compare nothing with nothing."""
    matched = sum(1 for guarded, _p, _f in GUARDED if guarded.search(CORPUS))
    assert matched >= 0.8 * len(GUARDED)


LINE_READ = list(LINES_WITH)


@pytest.mark.parametrize("pattern", LINE_READ, ids=[str(i) for i in range(len(LINE_READ))])
def test_a_pattern_read_line_by_line_finds_what_it_finds_in_the_whole_text(
    pattern: re.Pattern[str],
) -> None:
    """Its words are in every match it finds in the tests' sentences, and a line read
    alone reads as it does in the text."""
    assert _found_line_by_line(pattern, CORPUS) == _found(pattern, CORPUS)
    for sentence in SENTENCES:
        assert _found_line_by_line(pattern, sentence) == _found(pattern, sentence), sentence


def test_the_tests_sentences_set_off_every_pattern_read_line_by_line() -> None:
    assert len(LINE_READ) >= 15
    assert [p.pattern for p in LINE_READ if not p.search(CORPUS)] == []


@pytest.mark.parametrize(
    ("pattern", "flags", "within"),
    [
        (r"\bAct\b", 0, True),
        (r"a[ \t]+b", 0, True),
        (r"a\s+b", 0, False),  # \s takes in a line break
        (r"[^x]", 0, False),
        (r"[^\n]|\S|[^\s]", 0, True),
        (r"\W", 0, False),
        (r".", 0, True),
        (r"(?s:.)", 0, False),
        (r"a(?=\s+b)", 0, False),  # a look-ahead across the line's end
        (r"a$", 0, False),  # the text's end, which a line's end would pass for
        (r"a$", re.MULTILINE, True),
        (r"a\Z", re.MULTILINE, False),
        (r"(a)\1", 0, False),
    ],
)
def test_a_pattern_is_read_line_by_line_only_if_it_stays_on_its_line(
    pattern: str, flags: int, within: bool
) -> None:
    assert within_a_line(pattern, flags) is within


def test_a_pattern_that_may_cross_a_line_is_refused_line_by_line_reading() -> None:
    with pytest.raises(ValueError, match="may cross a line"):
        compile_guarded(r"known\s+as (\w+)", lines_with="known")


def test_a_line_is_read_as_it_reads_in_the_whole_text() -> None:
    """A word boundary and a look-behind at a line's start see the line break before
    it; the line's end ends the pattern as the text's end would."""
    rx = compile_guarded(r"(?<![\w-])([A-Z]\w+) Act\b(?![ \t]*\d)", lines_with="Act")
    text = "x\nHousing Act\nthe Care Act 2014 and the Children Act\n-Care Act"
    assert [m.group(1) for m in finditer(rx, text)] == ["Housing", "Children"]
    assert [m.group(1) for m in finditer(rx, text)] == [m.group(1) for m in rx.finditer(text)]


PIECES = [
    *"aAzZéÉßıİ09 \t\n.,:;'’\"“-()@/",
    "Mr ",
    "Dr ",
    "DOB ",
    "born ",
    " said ",
    "the ",
    "Anna",
    "SMITH",
    "IP24 5AB",
    "07700 900123",
    "Dear ",
    "Thanks,\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_guarded_patterns_agree_on_any_text(text: str) -> None:
    for guarded, pattern, flags in GUARDED:
        assert _found(guarded, text) == _found(re.compile(pattern, flags), text), pattern


LINE_PIECES = [
    *PIECES,
    "Act ",
    " known as ",
    "Anna, 12, ",
    "aged 4",
    "http://x.org/a ",
    "a@b.com ",
    "Page 3 of 9",
    "| Page",
    "Ward-Le-Smith ",
    "Stoke-on-Trent ",
    "Mary J. Blige ",
    "Mum (Lily) ",
    "AB 12 34 56 C ",
    "name given as 'x' ",
    "saved as 'x' ",
    " rang her",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=40).map("".join))
def test_patterns_read_line_by_line_agree_on_any_text(text: str) -> None:
    for pattern in LINE_READ:
        assert _found_line_by_line(pattern, text) == _found(pattern, text), pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"\bfoo|(?<!x)[A-C]\d", 0, "[fA-C]"),
        (r"(?<![\d/])(\d+)-(\d+)", 0, r"[\d]"),
        (r"\b(?i:my[ \t]+name) is", 0, "(?i:[m])"),
        (r"(?:^|(?<=\n))[ \t]*Dear", re.MULTILINE, r"[\ \	D]"),
        (r"x?\s+y", 0, r"[x\s]"),
    ],
)
def test_first_characters_are_every_character_a_match_can_begin_with(
    pattern: str, flags: int, first: str
) -> None:
    assert first_characters(pattern, flags) == first


@pytest.mark.parametrize(
    "pattern",
    [
        r"x*",  # can match nothing
        r"(?:a|)b?",  # can match nothing
        r"[^a]b",  # begins with nearly anything
        r".b",
    ],
)
def test_no_guard_where_a_match_can_begin_anywhere(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert compile_guarded(pattern).pattern == pattern


def test_a_pattern_the_regex_engine_already_skips_ahead_for_is_left_as_written() -> None:
    """A literal or a class first: the engine searches for it in C, and a look-ahead
    in front would take that away."""
    for pattern in (r"signed[ \t]+'(\w+)'", r"[A-Z]\d{2}", r"(?:from|to) (\w+)"):
        assert compile_guarded(pattern).pattern == pattern


def test_a_guard_is_put_before_a_look_behind() -> None:
    rx = compile_guarded(r"(?<![\w-])([A-Z][a-z]+) said")
    assert rx.pattern.startswith("(?=[A-Z])")
    assert rx.findall("-Anna said; Bob said") == ["Bob"]


def test_the_collector_is_held_off_while_a_case_is_read_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_held_off():
        assert not gc.isenabled()
        with collector_held_off():  # a detection inside a redaction
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_on_after_a_failed_read() -> None:
    with pytest.raises(ValueError), collector_held_off():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_someone_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_held_off():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_redacting_leaves_the_collector_on() -> None:
    api.redact("Anna Smith rang her GP.")
    assert gc.isenabled()
