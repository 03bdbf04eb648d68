"""Which files a run checks: regular files only, and nothing outside the checked tree.

A checked folder may come from anyone (a CI job runs on whatever was pushed), so
every entry is judged by `lstat`, never by following it: a symlink is followed only
when it resolves to a regular file inside the folder that was named (a link to
/etc/passwd or a secret elsewhere is an error line, and its content is never read);
a FIFO, socket or device is refused rather than opened, since reading one blocks or
never ends; a folder that cannot be listed is an error, not a silent skip.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ita_lint.model import InputError
from ita_lint.readers import FORMATS

# Walking a folder skips these: they describe a folder of reports, they are not reports.
# A file named on the command line is always checked.
SKIPPED_NAMES = ("readme", "changelog", "license", "contributing")

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def not_regular(mode: int) -> str:
    """What a non-regular file is, in words ("a named pipe (FIFO)"); "" for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _judge(path: str, root: str) -> str:
    """Why `path` (found in or named under `root`) is not checked, or "" when it is."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "no such file or directory"
    except OSError as exc:
        return f"cannot open: {exc.strerror or exc}"
    if stat.S_ISLNK(info.st_mode):
        target = os.path.realpath(path)
        if not _inside(target, root):
            return "symbolic link to a file outside the checked folder; not followed"
        try:
            info = os.stat(target)
        except OSError:
            return "broken symbolic link"
    kind = not_regular(info.st_mode)
    return f"{kind}, not a regular file; not read" if kind else ""


@dataclass
class Inputs:
    files: list[str]  # to read, in a stable order
    errors: list[InputError]  # paths that will not be checked, and why
    skipped: list[InputError]  # files a folder walk passed over, and why (said when nothing is left to check)


def _walk(folder: str, found: Inputs) -> None:
    from ita_lint.readers.sniff import OFFICE_SUFFIXES

    root = os.path.realpath(folder)

    def unreadable(exc: OSError) -> None:
        found.errors.append(InputError(str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

    for here, dirs, names in os.walk(folder, onerror=unreadable):
        # os.walk lists a symlinked folder but does not enter it: the tree is what lies inside
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d != "node_modules")
        for name in sorted(names):
            if name.startswith("."):
                continue  # hidden files are a tool's, never a report
            path, suffix = str(Path(here) / name), Path(name).suffix.lower()
            if name.rsplit(".", 1)[0].lower() in SKIPPED_NAMES:
                found.skipped.append(InputError(path, "describes the folder, not a report (README, CHANGELOG …)"))
                continue
            if suffix not in FORMATS and suffix not in OFFICE_SUFFIXES:
                # an office file is taken, to be told to save it as .docx or PDF
                found.skipped.append(InputError(path, f"not a report format ('{suffix or '(none)'}')"))
                continue
            problem = _judge(path, root)
            if problem:
                found.errors.append(InputError(path, problem))
            else:
                found.files.append(path)


def find_inputs(paths: Iterable[str]) -> Inputs:
    """The files under `paths`, the paths that will not be checked, and what a folder walk
    passed over."""
    found = Inputs([], [], [])
    for raw in paths:
        raw = str(raw)
        try:
            info = os.lstat(raw)
        except FileNotFoundError:
            found.errors.append(InputError(raw, "no such file or directory"))
            continue
        except OSError as exc:
            found.errors.append(InputError(raw, f"cannot open: {exc.strerror or exc}"))
            continue
        if stat.S_ISDIR(info.st_mode) or (stat.S_ISLNK(info.st_mode) and os.path.isdir(raw)):
            _walk(raw, found)  # a folder named through a symlink: its own tree is the checked one
            continue
        # a file named on the command line: its own folder is the tree a symlink may point into
        problem = _judge(raw, os.path.realpath(os.path.dirname(os.path.abspath(raw))))
        if problem:
            found.errors.append(InputError(raw, problem))
        else:
            found.files.append(raw)
    seen: set[str] = set()
    found.files = [f for f in found.files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]
    return found


def discover(paths: Iterable[str]) -> tuple[list[str], list[InputError]]:
    """Files to check, in a stable order, and an error for each path that will not be checked."""
    found = find_inputs(paths)
    return found.files, found.errors
