"""Where each output format goes: pairing `--format` with `-o`, and writing files atomically.

ruff takes one `--output-format` and one `--output-file`; ita-lint takes several in
one run, so each file must pair with its format unambiguously:

- `--format sarif:ita.sarif` names the file inside the format;
- otherwise each `-o FILE` pairs with the `--format` just before it on the command
  line (`--format github --format sarif -o ita.sarif`: GitHub annotations to standard
  output, SARIF to the file);
- with a single `--format` and a single `-o`, their order does not matter (as in ruff),
  and `-o` without any `--format` writes the default format.

At most one format goes to standard output. Only click and the standard library are
imported here: the command line imports this module at start-up.
"""

from __future__ import annotations

import os
import tempfile
from typing import Optional, Sequence

import click

from ita_lint.output import FORMATS


class TargetError(ValueError):
    """The formats and output files given do not pair up."""


class OrderedCommand(click.Command):
    """A command that keeps the command-line order of its options in `ctx.meta`, which click's
    repeated options lose (it gathers all --format values, then all -o values)."""

    def make_parser(self, ctx):
        parser = super().make_parser(ctx)
        parse = parser.parse_args

        def parse_args(args):
            opts, largs, order = parse(args)
            ctx.meta["ita_lint.order"] = [p.name for p in order]
            return opts, largs, order

        parser.parse_args = parse_args  # type: ignore[method-assign]
        return parser


def check_formats(ctx, param, values):
    """click callback: each --format is a known format, optionally NAME:FILE."""
    for value in values:
        if split_format(value)[0] not in FORMATS:
            raise click.BadParameter(f"'{value}' is not one of {', '.join(FORMATS)} (optionally NAME:FILE)")
    return values


def targets_in_order(ctx, formats: Sequence[str], outputs: Sequence[str]) -> list[tuple[str, Optional[str]]]:
    """`pair` over the --format (`formats`) and -o (`outputs`) values in the order they were given."""
    given = {"formats": iter(formats), "outputs": iter(outputs)}
    order = [name for name in ctx.meta.get("ita_lint.order", []) if name in given]
    return pair([("format" if name == "formats" else "output", next(given[name])) for name in order])


def split_format(value: str) -> tuple[str, Optional[str]]:
    """`sarif:ita.sarif` → ("sarif", "ita.sarif"); `sarif` → ("sarif", None)."""
    name, sep, path = value.partition(":")
    return name, (path if sep else None)


def pair(occurrences: Sequence[tuple[str, str]], default: str = "terminal") -> list[tuple[str, Optional[str]]]:
    """(format, file or None) for each output, from ("format" | "output", value) in command-line order."""
    formats = list(occurrences)
    n_formats = sum(1 for kind, _ in formats if kind == "format")
    n_outputs = len(formats) - n_formats
    targets: list[list] = []
    if n_formats <= 1 and n_outputs <= 1:
        name, path = split_format(next((v for k, v in formats if k == "format"), default))
        out = next((v for k, v in formats if k == "output"), None)
        if path is not None and out is not None:
            raise TargetError(f"--format {name}:{path} already names its file; drop -o {out}")
        return [(name, path if path is not None else out)]
    for kind, value in formats:
        if kind == "format":
            name, path = split_format(value)
            targets.append([name, path, path is not None])
            continue
        if not targets:
            raise TargetError(f"-o {value} comes before any --format; put it after the --format it is for")
        last = targets[-1]
        if last[2]:
            which = f"{last[0]}:{last[1]}" if last[1] else last[0]
            raise TargetError(f"-o {value} follows --format {which}, which already has its file; "
                              "give each -o its own --format")
        last[1], last[2] = value, True
    to_stdout = [name for name, path, _ in targets if path is None]
    if len(to_stdout) > 1:
        raise TargetError(f"only one format can go to standard output ({', '.join(to_stdout)} do); "
                          "give the others a file with -o or --format NAME:FILE")
    return [(name, path) for name, path, _ in targets]


def write_atomically(path: str, text: str) -> None:
    """Write `text` (UTF-8, LF) to `path` so a reader never sees half a file: a temporary
    file in the same folder, then os.replace. A path that is no regular file (/dev/stderr,
    a pipe) is written as it is: it cannot be replaced."""
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".ita-lint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the report from the CI's other steps
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
