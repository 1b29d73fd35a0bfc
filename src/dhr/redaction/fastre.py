"""Regular expressions that skip ahead to where they can match.

Python's regex engine tries a pattern at every position of the text unless the pattern
begins with a literal or a character class, and most of the engine's patterns begin with
a look-behind or a word boundary ("(?<![\\w'-])", "\\b"). On a 75,000-word document that
is half a million full attempts per pattern, twice (detection, then the leak check's
rescan): the recognisers' regexes were half the time to redact it.

`compile_guarded` puts a look-ahead in front of the pattern for the characters a match
can begin with ("(?=[A-Z…])"), worked out from the pattern itself, so each position
costs one test of one character. The look-ahead only says what the pattern already
requires, so the matches are the same (test_fastre checks that on the patterns in use).

A pattern none of whose matches can take in a line break, and each of whose matches
holds one of a few words ("Act", "known", "://"), is compiled with `lines_with`: the
words' regex. `finditer` then reads only the lines holding one of them, so the
pattern is tried on a few hundred lines of a long document instead of all seven
thousand. Whether a pattern stays on its line is read off the pattern itself (a
pattern that can cross a line is refused); that the words are in every match is the
writer's claim, which test_fastre checks on the tests' sentences and on any text
made of their pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the parser's tree is not public API; without it a pattern is compiled as written
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python other than 3.11-3.13
    C = P = None

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_WORD": r"\w",
}


class _Anything(Exception):
    """A match could begin with any character (or with none): no guard helps."""


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A look-ahead's inside holding every character a match of `pattern` can begin
    with ("[A-Z]", or "[ab]|(?i:[cd])" where a part of the pattern ignores case), or
    None where that is any character or a match can be empty."""
    return None if P is None else _first_characters(P.parse(pattern, flags).data)


def compile_guarded(
    pattern: str, flags: int = 0, *, lines_with: str | None = None
) -> re.Pattern[str]:
    """`pattern` compiled with a look-ahead for its first characters in front (see the
    module's docstring); as written where those cannot be worked out, or where the
    regex engine skips ahead by itself. With `lines_with`, a regex of the words every
    match holds, `finditer` reads only the lines holding one."""
    compiled = _compile_guarded(pattern, flags)
    if lines_with is not None:
        if not within_a_line(pattern, flags) or not within_a_line(lines_with, flags):
            raise ValueError(f"a match of {pattern!r} or {lines_with!r} may cross a line")
        LINES_WITH[compiled] = _compile_guarded(lines_with, flags & re.IGNORECASE)
    return compiled


def _compile_guarded(pattern: str, flags: int) -> re.Pattern[str]:
    tree = None if P is None else P.parse(pattern, flags).data
    first = None if tree is None or _skips_ahead(tree) else _first_characters(tree)
    if first is None:
        return re.compile(pattern, flags)
    end = "\n" if flags & re.VERBOSE else ""  # a comment may end the pattern
    try:
        guarded = re.compile(f"(?={first})(?:{pattern}{end})", flags)
    except re.error:  # global flags written into the pattern ("(?i)…") must come first
        return re.compile(pattern, flags)
    GUARDED.append((guarded, pattern, flags))
    return guarded


# Every pattern given a look-ahead, with the pattern as written: test_fastre checks that
# each finds the same as the other.
GUARDED: list[tuple[re.Pattern[str], str, int]] = []
# Patterns that stay on their line, and the words each of their matches holds.
LINES_WITH: dict[re.Pattern[str], re.Pattern[str]] = {}


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; for a pattern compiled with `lines_with`, tried only
    on the lines holding one of its words. The same matches: none crosses a line, and
    a line is read as in the whole text (a look-behind and a word boundary still see
    the line break before it, and the one after it ends it as the text's end would)."""
    words = LINES_WITH.get(pattern)
    if words is None:
        yield from pattern.finditer(text)
        return
    end = -1
    for hit in words.finditer(text):
        if hit.start() < end:
            continue  # a line already read
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        if end < 0:
            end = len(text)
        yield from pattern.finditer(text, start, end)


def within_a_line(pattern: str, flags: int = 0) -> bool:
    """Can no match of `pattern` take in a line break, nor look across one? Nothing in
    it (look-arounds included) matches "\\n", and no "$" or "\\Z" stands for the
    text's end (a line's end would pass for it)."""
    if P is None:  # pragma: no cover - Python other than 3.11-3.13
        return False
    tree = P.parse(pattern, flags)
    return _within(tree.data, tree.state.flags)


_CROSSING_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_NOT_DIGIT"}


def _within(seq: Any, flags: int) -> bool:
    return all(_item_within(op, av, flags) for op, av in seq)


def _item_within(op: Any, av: Any, flags: int) -> bool:
    if op is C.LITERAL:
        return bool(av != 10)
    if op is C.NOT_LITERAL:
        return bool(av == 10)
    if op is C.IN:
        return _class_within(av)
    if op is C.ANY:
        return not flags & re.DOTALL
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _within(body.data, (flags | add_flags) & ~del_flags)
    if op is C.BRANCH:
        return all(_within(alternative.data, flags) for alternative in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _within(av[2].data, flags)
    if op is C.ATOMIC_GROUP:
        return _within(av.data, flags)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _within(av[1].data, flags)
    if op is C.AT:
        return not (av is C.AT_END_STRING or (av is C.AT_END and not flags & re.MULTILINE))
    return False  # a back-reference or a conditional: not worth reading


def _class_within(items: Any) -> bool:
    negated = bool(items) and items[0][0] is C.NEGATE
    newline = False
    for op, av in items[1:] if negated else items:
        if op is C.LITERAL:
            newline |= av == 10
        elif op is C.RANGE:
            newline |= av[0] <= 10 <= av[1]
        elif op is C.CATEGORY:
            newline |= str(av) in _CROSSING_CATEGORIES
        else:
            return False
    return newline if negated else not newline


def _first_characters(tree: Any) -> str | None:
    try:
        parts, nullable = _first(tree, False)
    except _Anything:
        return None
    if nullable or not parts:
        return None
    plain = "".join(dict.fromkeys(p for p, folded in parts if not folded))
    folded = "".join(dict.fromkeys(p for p, folded in parts if folded))
    either = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "|".join(either)


def _skips_ahead(seq: Any) -> bool:
    """Does the regex engine skip ahead by itself: does the pattern begin with a
    literal, a class or a choice of literals? A look-ahead there would only cost time."""
    while seq and seq[0][0] is C.SUBPATTERN and not seq[0][1][1] and not seq[0][1][2]:
        seq = seq[0][1][3].data
    if not seq:
        return False
    op, av = seq[0]
    if op is C.BRANCH:
        return all(alt.data and alt.data[0][0] is C.LITERAL for alt in av[1])
    return op in (C.LITERAL, C.IN)


Part = tuple[str, bool]  # a character class's part, and whether it ignores case


def _first(seq: Any, fold: bool) -> tuple[list[Part], bool]:
    """The class parts a match of `seq` can begin with, and whether it can be empty.
    `fold`: a scoped "(?i:…)" is in force (the whole pattern's flags apply to the
    look-ahead as to the pattern)."""
    out: list[Part] = []
    for op, av in seq:
        parts, nullable = _first_of(op, av, fold)
        out += parts
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, fold: bool) -> tuple[list[Part], bool]:
    if op is C.LITERAL:
        return [(_escape(av), fold)], False
    if op is C.IN:
        return [(_class_part(o, a), fold) for o, a in av], False
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags & re.IGNORECASE:
            fold = True
        elif del_flags & re.IGNORECASE:
            fold = False
        return _first(body.data, fold)
    if op is C.BRANCH:
        parts: list[Part] = []
        nullable = False
        for alternative in av[1]:
            p, n = _first(alternative.data, fold)
            parts += p
            nullable = nullable or n
        return parts, nullable
    if op is C.ATOMIC_GROUP:
        return _first(av.data, fold)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        parts, nullable = _first(body.data, fold)
        return parts, nullable or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True  # takes no character: what follows begins the match
    raise _Anything  # ANY, NOT_LITERAL, a back-reference, a conditional


def _class_part(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return _escape(av)
    if op is C.RANGE:
        return f"{_escape(av[0])}-{_escape(av[1])}"
    if op is C.CATEGORY and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Anything  # a negated class or category: nearly every character


def _escape(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)
