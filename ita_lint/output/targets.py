"""Where each output format goes: pairing `--format` with `-o`, and writing files atomically.

ruff takes one `--output-format` and one `--output-file`; ita-lint takes several in
one run, so each file must pair with its format unambiguously:

- `--format sarif:ita.sarif` names the file inside the format;
- otherwise each `-o FILE` pairs with the `--format` just before it on the command
  line (`--format github --format sarif -o ita.sarif`: GitHub annotations to standard
  output, SARIF to the file);
- with a single `--format` and a single `-o`, their order does not matter (as in ruff),
  and `-o` without any `--format` writes the default format.

At most one format goes to standard output. Only click is imported here.
"""

from __future__ import annotations

import os
import tempfile
from typing import Optional, Sequence


class TargetError(ValueError):
    """The formats and output files given do not pair up."""


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
    file in the same folder, then os.replace."""
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
