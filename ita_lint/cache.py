"""A result cache, as ruff's: a second run over an unchanged tree reads results instead of
recomputing them — kept where the checked tree cannot reach it.

The key is the file's content hash, its path, the rule pack (a hash of its YAML
files, so an edited rule invalidates it), the effective settings and the
ita-lint version. The cache lives in the user's cache folder (platformdirs), never
in the checked tree: keys can be computed by anyone, so an entry committed to a
repository could otherwise decide its verdict. Each entry is signed with HMAC-SHA256
under a per-user key kept beside the entries (created 0600); an entry whose
signature does not verify is ignored, and the fresh result overwrites it.

Every file operation goes through the cache folder's own descriptor with
O_NOFOLLOW, so a symlink planted as the folder, an entry, the key or CACHEDIR.TAG
is refused instead of followed, and every write is a temporary file renamed into
place. The value is JSON, never pickle. A cached result holds everything the
formatters print, so output from it is byte-identical to a fresh run's. A cache that
cannot be used is ignored: it only ever saves time.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
import stat
from pathlib import Path
from typing import Optional

from ita_lint import __version__
from ita_lint.model import (NOWHERE, Block, Document, DocumentResult, ElementValue, Finding, Location, Measure,
                            Report)

KEY_NAME = "key"
KEY_BYTES = 32
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_MAGIC = b"ita-lint-cache-2 "
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# Without descriptor-relative calls (Windows) symlinks cannot be refused safely: no cache.
SUPPORTED = bool(_NOFOLLOW) and {os.open, os.mkdir, os.rename} <= os.supports_dir_fd
# what a cached result holds; a new one makes older entries misses (2: the quotes of the report page)
ENTRY_FORMAT = "2"


def default_dir() -> Path:
    """The user's cache folder for ita-lint (ITA_LINT_CACHE_DIR overrides it)."""
    env = os.environ.get("ITA_LINT_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("ita-lint", appauthor=False))


@functools.lru_cache(maxsize=16)
def pack_fingerprint(root: str, rule_dirs: tuple[str, ...]) -> str:
    """A hash of every YAML file any pack could be built from (cheap: no parsing). Every pack,
    since a document's own year chooses its pack, and packs extend one another."""
    h = hashlib.sha256()
    folders = [*sorted(p for p in Path(root).iterdir() if p.is_dir()), *map(Path, rule_dirs)]
    for folder in folders:
        if folder.is_dir():
            for f in sorted(folder.glob("*.y*ml")):
                h.update(os.fsencode(f.name))
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def key(data: bytes, path: str, pack_print: str, settings_print: str) -> str:
    h = hashlib.sha256()
    for part in (__version__, ENTRY_FORMAT, path, pack_print, settings_print):
        h.update(os.fsencode(part))  # a file name need not be UTF-8
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


class Cache:
    """Signed JSON entries in one folder, every access relative to the folder's descriptor."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._fd: Optional[int] = None
        self._key: Optional[bytes] = None
        self._usable = SUPPORTED

    # -- the folder and its key ------------------------------------------------------------

    def _open(self) -> bool:
        """Open (creating it 0700) the cache folder, refusing a symlink or another user's folder."""
        if self._fd is not None or not self._usable:
            return self._usable
        try:
            self.directory.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.mkdir(self.directory, 0o700)
            except FileExistsError:
                pass
            fd = os.open(self.directory, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
            info = os.fstat(fd)
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
                os.close(fd)
                raise OSError("not the user's own folder")
            self._fd = fd
            self._key = self._load_key()
            _ensure_file(fd, "CACHEDIR.TAG",
                         b"Signature: 8a477f597d28d172789f06886806bc55\n# ita-lint result cache; safe to delete\n")
            _ensure_file(fd, ".gitignore", b"*\n")
        except OSError:
            self._usable = False
        return self._usable

    def _load_key(self) -> bytes:
        assert self._fd is not None
        try:
            return _read_key(self._fd)
        except FileNotFoundError:
            pass
        tmp = _write_temp(self._fd, KEY_NAME, secrets.token_bytes(KEY_BYTES))
        try:
            os.link(tmp, KEY_NAME, src_dir_fd=self._fd, dst_dir_fd=self._fd, follow_symlinks=False)
        except FileExistsError:
            pass  # another run made it first: use theirs
        finally:
            os.unlink(tmp, dir_fd=self._fd)
        return _read_key(self._fd)

    def _subfolder(self, name: str, create: bool) -> Optional[int]:
        assert self._fd is not None
        if create:
            try:
                os.mkdir(name, 0o700, dir_fd=self._fd)
            except FileExistsError:
                pass
        try:
            return os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=self._fd)
        except FileNotFoundError:
            return None

    def _sign(self, k: str, body: bytes) -> str:
        assert self._key is not None
        return hmac.new(self._key, k.encode("ascii") + b"\0" + body, hashlib.sha256).hexdigest()

    # -- entries ------------------------------------------------------------------------------

    def get(self, k: str) -> Optional[DocumentResult]:
        if not self._open():
            return None
        try:
            sub = self._subfolder(k[:2], create=False)
            if sub is None:
                return None
            try:
                raw = _read_regular(sub, f"{k}.json", MAX_ENTRY_BYTES)
            finally:
                os.close(sub)
            head, _, body = raw.partition(b"\n")
            if not head.startswith(_MAGIC) or not hmac.compare_digest(head[len(_MAGIC):].decode("ascii"),
                                                                        self._sign(k, body)):
                return None  # forged, tampered or another key's: recomputed and overwritten
            return from_dict(json.loads(body))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, k: str, result: DocumentResult) -> None:
        if not self._open():
            return
        # ASCII JSON: a path that is not UTF-8 (surrogate escapes) round-trips exactly
        body = json.dumps(to_dict(result)).encode("ascii")
        try:
            sub = self._subfolder(k[:2], create=True)
            if sub is None:
                return
            try:
                _replace(sub, f"{k}.json", _MAGIC + self._sign(k, body).encode("ascii") + b"\n" + body)
            finally:
                os.close(sub)
        except OSError:
            pass


def _read_regular(dir_fd: int, name: str, limit: int) -> bytes:
    """A regular file's bytes, refusing a symlink, a FIFO or a device, or one over `limit`."""
    fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK, dir_fd=dir_fd)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            raise OSError(f"{name}: not a regular file of the cache")
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read(limit + 1)
    finally:
        os.close(fd)


def _read_key(dir_fd: int) -> bytes:
    fd = os.open(KEY_NAME, os.O_RDONLY | _NOFOLLOW | _NONBLOCK, dir_fd=dir_fd)
    try:
        info = os.fstat(fd)
        # only a key no one else could have written or read signs anything
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            raise OSError("the cache key is not the user's own private file")
        data = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) != KEY_BYTES:
        raise OSError("malformed cache key")
    return data


def _write_temp(dir_fd: int, name: str, data: bytes) -> str:
    tmp = f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600, dir_fd=dir_fd)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        os.unlink(tmp, dir_fd=dir_fd)
        raise
    return tmp


def _replace(dir_fd: int, name: str, data: bytes) -> None:
    """Write atomically: a temporary file renamed over `name` (a symlink there is replaced, not followed)."""
    tmp = _write_temp(dir_fd, name, data)
    try:
        os.replace(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        os.unlink(tmp, dir_fd=dir_fd)
        raise


def _ensure_file(dir_fd: int, name: str, data: bytes) -> None:
    try:
        info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        if stat.S_ISREG(info.st_mode):
            return
    except FileNotFoundError:
        pass
    _replace(dir_fd, name, data)


def _loc(d: Optional[dict]) -> Location:
    return Location(**d) if d else NOWHERE


def _loc_dict(loc: Location) -> dict:
    return {k: v for k, v in vars(loc).items() if v is not None}


def to_dict(r: DocumentResult) -> dict:
    from ita_lint.output.excerpt import quotes

    rep = r.report
    return {
        "rulepack": r.rulepack, "rulepack_reason": r.rulepack_reason, "score": r.score, "passed": r.passed, "required": list(r.required),
        "path": rep.document.path, "format": rep.document.format, "kind": rep.kind, "title": rep.title,
        "title_location": _loc_dict(rep.title_location), "fiscal_year": rep.fiscal_year,
        "fiscal_year_source": rep.fiscal_year_source, "agency": rep.agency,
        "measures": [{"index": m.index, "number": m.number, "title": m.title, "location": _loc_dict(m.location),
                      "elements": {e: [v.text, _loc_dict(v.location), v.source] for e, v in m.elements.items()}}
                     for m in rep.measures],
        "findings": [{"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
                      "location": _loc_dict(f.location), "element": f.element, "measure": f.measure, "fix": f.fix}
                     for f in r.findings],
        # the document's words the report page quotes (ita_lint.output.excerpt), in place of its text
        "quotes": [[_loc_dict(where), text] for where, text in quotes(r).items()],
    }


def from_dict(d: dict) -> DocumentResult:
    measures = []
    for m in d["measures"]:
        measure = Measure(index=m["index"], title=m["title"], location=_loc(m["location"]), number=m.get("number"))
        for e, (text, loc, source) in m["elements"].items():
            measure.elements[e] = ElementValue(text, _loc(loc), source)
        measures.append(measure)
    blocks = [Block("paragraph", text, _loc(where)) for where, text in d.get("quotes", [])]
    report = Report(document=Document(d["path"], d["format"], blocks), kind=d["kind"], title=d["title"],
                    title_location=_loc(d["title_location"]), fiscal_year=d["fiscal_year"],
                    fiscal_year_source=d["fiscal_year_source"], agency=d["agency"], measures=measures, sections={})
    findings = [Finding(f["rule"], f["category"], f["severity"], f["message"], _loc(f["location"]), f["element"],
                        f["measure"], f["fix"]) for f in d["findings"]]
    return DocumentResult(report, d["rulepack"], findings, d["score"], d["passed"], tuple(d["required"]),
                          d.get("rulepack_reason", ""))
