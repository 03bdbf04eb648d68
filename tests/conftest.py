"""Shared test helpers: lint a text in-process, and the real corpus beside the project."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options, Selection, lint_report
from ita_lint.extract import extract
from ita_lint.model import Document
from ita_lint.readers.text import parse
from ita_lint.waivers import from_comments

ROOT = Path(__file__).resolve().parent.parent

# Messages are Thai unless the locale is English: the tests (and the commands they run) expect
# Thai, whatever the developer's own locale; tests of the English locale set it themselves.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


def lint_text(text: str, pack_id: str = "ita-2569", select=(), lang: str = "th", document: Document | None = None):
    """Lint a Markdown text, or a document already read (`document`)."""
    pack = load_pack(pack_id)
    document = document or Document(path="<test>.md", format="markdown", blocks=parse(text), waivers=from_comments(text))
    options = Options(lang=lang, selection=Selection(select=frozenset(select)))
    return lint_report(extract(document, pack), pack, options)


@pytest.fixture(autouse=True, scope="session")
def _private_result_cache(tmp_path_factory):
    """Every ita-lint the tests start caches in a folder of this session's own, never the user's:
    results from another checkout's code, or an earlier session's, must not answer for this one."""
    os.environ["ITA_LINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("user-cache") / "ita-lint")


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return CORPUS
