"""`--format github`: GitHub Actions workflow commands, one per finding.

    ::error file=samples/x.md,line=10,title=element-outcome::มาตรการที่ 2 …%0Aวิธีแก้: …

error → `::error`, warning → `::warning`, info → `::notice`. GitHub shows each as
an annotation on the file and line. The message is followed, on a second line,
by the fix, so the officer sees what to add where the problem is. A finding
without a line, or whose place is not a line of the file (a PDF page, a DOCX
table), is put on line 1 and its place is said before the message. A file that
could not be read is `::error file=…,title=input::…`.

A page or document of the website gate is no file of the repository, so its
findings are plain `::error title=rule::URL message` commands: GitHub shows them
in the run's summary instead of on a `file=http%3A//…` it cannot find.

Escaping follows the runner's rules (actions/toolkit, command.ts): in the data
`%` → `%25`, CR → `%0D`, LF → `%0A`; in property values also `:` → `%3A` and
`,` → `%2C`.
"""

from __future__ import annotations

from typing import Optional

from ita_lint.engine.loader import LoadedPack
from ita_lint.model import RunResult
from ita_lint.output.concise import file_position, is_url, relative_path
from ita_lint.output.labels import LABELS

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def _place(path: str, line: Optional[int], title: str) -> dict[str, object]:
    if is_url(path):  # the URL goes at the start of the message instead
        return {"title": title}
    return {"file": path, "line": line, "title": title} if line is not None else {"file": path, "title": title}


def render(run: RunResult, pack: Optional[LoadedPack] = None, lang: str = "th", root: Optional[str] = None) -> str:
    words = LABELS["en" if lang == "en" else "th"]
    lines: list[str] = []
    for result in run.documents:
        path = relative_path(result.report.document.path, root)
        for f in result.findings:
            line, where = file_position(f.location, lang)
            message = f"{where}: {f.message}" if where else f.message
            message = f"{path} {message}" if is_url(path) else message
            if f.fix:
                message += f"\n{words['fix']}: {f.fix}"
            lines.append(command(COMMANDS.get(f.severity, "error"), _place(path, line, f.rule), message))
    for error in run.errors:
        path = relative_path(error.path, root)
        message = f"{words['input_error']}: {error.message}"
        lines.append(command("error", _place(path, None, "input"), f"{path} {message}" if is_url(path) else message))
    return "".join(line + "\n" for line in lines)
