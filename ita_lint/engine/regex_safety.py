"""Refuse, when a rule file is loaded, the regexes that can take exponential time.

Python's regex engine backtracks: a repeat inside a repeat, both unbounded — `(a+)+`,
`(\\s*\\w+)*` — tries every way to split a long near-match between them, and one line of
a report can then hold the run for hours. Such a pattern is refused at load time with
the rule and field named; the bounded forms (`(\\d{1,3}\\.)+`) stay allowed.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

LARGE = 100  # a repeat allowing more than this many is as good as unbounded
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, *([_c.POSSESSIVE_REPEAT] if hasattr(_c, "POSSESSIVE_REPEAT") else [])}


def nested_quantifier(pattern: str) -> str:
    """The first unbounded repeat nested in another one, as text (e.g. "(a+)+"), or ""."""
    return _find(_p.parse(pattern), pattern, inside=False)


def _find(items, pattern: str, inside: bool) -> str:
    for op, arg in items:
        if op in _REPEATS:
            low, high, sub = arg
            unbounded = high is _c.MAXREPEAT or high > LARGE
            if unbounded and inside:
                return "a repeat inside a repeat"
            found = _find(sub, pattern, inside or unbounded)
            if found:
                return found
        else:
            for sub in _children(op, arg):
                found = _find(sub, pattern, inside)
                if found:
                    return found
    return ""


def _children(op, arg) -> list:
    if op is _c.SUBPATTERN:
        return [arg[-1]]
    if op is _c.BRANCH:
        return list(arg[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [arg[1]]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [arg]
    if op is _c.GROUPREF_EXISTS:
        return [x for x in arg[1:] if x is not None]
    return []
