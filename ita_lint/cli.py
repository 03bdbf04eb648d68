"""The command line: `ita-lint check`, `rules`, `rule`, `schema`.

Only click is imported at start-up; the pipeline (pydantic, rich, readers) is
imported inside the commands, so `ita-lint --version` and `--help` stay fast for
pre-commit hooks that run on every commit.
"""

from __future__ import annotations

import sys

import click

from ita_lint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.strip() for value in values for v in value.split(",") if v.strip())


def _load_pack(year: str | int | None):
    from ita_lint.engine.loader import RulePackError, load_pack
    from ita_lint.engine.packs import default_pack_id, pack_id_for_year

    try:
        year = str(year) if year else None
        pack_id = pack_id_for_year(year) if year and not year.startswith("ita-") else (year or default_pack_id())
        return load_pack(pack_id)
    except RulePackError as exc:
        raise click.UsageError(str(exc)) from None


class _Group(click.Group):
    def main(self, *args, **kwargs):
        # click exits 2 on usage errors already; make every other failure a one-liner too
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(EXIT_USAGE)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(EXIT_USAGE)
        except BrokenPipeError:
            sys.exit(EXIT_FINDINGS)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="ita-lint")
def main() -> None:
    """ita-lint: check Thai ITA integrity and transparency reports before they are published."""


FORMAT_CHOICES = ["terminal", "json", "sarif", "junit", "github", "concise"]


def _write_stdout(text: str) -> None:
    # bytes, so Thai survives a console whose encoding is not UTF-8
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "formats", type=click.Choice(FORMAT_CHOICES), multiple=True,
              help="Output format (default terminal). Repeat with -o to write several formats in one run.")
@click.option("-o", "--output", "outputs", type=click.Path(dir_okay=False, writable=True), multiple=True,
              help="Write the matching --format to this file (pairs by position; the unpaired one goes to stdout).")
@click.option("--lang", type=click.Choice(["th", "en"]), default=None, help="Language of messages (default th).")
@click.option("--year", metavar="YEAR", type=int, help="Assessment year whose rule pack to use (e.g. 2569). Default: the newest.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None,
              help="Exit 1 when a document scores below this (default 0).")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rule ids or categories (comma-separated).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rule ids or categories (comma-separated).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Use this configuration file instead of the closest .ita-lint.yaml / pyproject.toml.")
@click.option("--max-bytes", type=click.IntRange(1), default=None, help="Refuse files larger than this (default 50 MB).")
@click.option("--max-pages", type=click.IntRange(1), default=None, help="Refuse PDFs with more pages (default 500).")
@click.option("--ocr", is_flag=True, help="OCR scanned PDFs (needs tesseract with Thai data).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where to keep the result cache (default .ita-lint-cache beside the configuration file, or here).")
@click.option("--color/--no-color", default=None, help="Colour the terminal output (default: when a terminal).")
def check(paths, formats, outputs, lang, year, fail_under, select, ignore, config_path, max_bytes, max_pages, ocr,
          no_cache, cache_dir, color) -> None:
    """Check reports (files or folders) and print every missing item.

    Exit codes: 0 all passed, 1 findings at error severity or a score under
    --fail-under, 2 bad usage or configuration, or a file that cannot be read.
    """
    from ita_lint.config import ConfigError, effective_for
    from ita_lint.engine.packs import RulePackError
    from ita_lint.lint import RunRequest, SettingsError, lint_paths

    formats = list(formats) or ["terminal"]
    if len(outputs) > len(formats):
        raise click.UsageError("more -o files than --format options; give one --format per -o")
    targets = [(fmt, outputs[i] if i < len(outputs) else None) for i, fmt in enumerate(formats)]
    if sum(1 for _, out in targets if out is None) > 1:
        raise click.UsageError("only one --format can go to standard output; give the others an -o file")
    cli = {"year": year, "select": sorted(_split(select)), "ignore": sorted(_split(ignore)), "fail_under": fail_under,
           "lang": lang, "max_bytes": max_bytes, "max_pages": max_pages}
    request = RunRequest(list(paths), cli, config_path, use_cache=not no_cache, cache_dir=cache_dir, ocr=ocr)
    try:
        run = lint_paths(request)
        here = effective_for(paths[0] if paths else ".", cli, config_path)
        pack = _load_pack(str(here.year) if here.year else None) if any(f in ("sarif", "junit") for f in formats) else None
    except (ConfigError, RulePackError, SettingsError) as exc:
        raise click.UsageError(str(exc)) from None
    for fmt, out in targets:
        text = _render(fmt, run, pack, here.lang, color if out is None else False)
        if out is None:
            _write_stdout(text)
        else:
            try:
                with open(out, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
            except OSError as exc:
                raise click.UsageError(f"{out}: cannot write: {exc.strerror or exc}") from None
    if run.errors:
        if all(fmt != "terminal" for fmt, out in targets if out is None):
            for error in run.errors:
                click.echo(f"{error.path}: {error.message}", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_OK if run.passed else EXIT_FINDINGS)


def _render(fmt: str, run, pack, lang: str, color) -> str:
    if fmt == "terminal":
        from ita_lint.output import terminal

        return terminal.render(run, lang=lang, color=sys.stdout.isatty() if color is None else color)
    if fmt == "json":
        from ita_lint.output import json as out_json

        return out_json.render(run)
    import importlib

    module = importlib.import_module(f"ita_lint.output.{fmt}")
    return module.render(run, pack, lang=lang)


@main.command("config")
@click.argument("path", default=".")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False), help="Use this configuration file.")
def config_cmd(path, config_path) -> None:
    """Print the settings in force for PATH (a file or folder) and where they come from."""
    import json

    from ita_lint.config import ConfigError, effective_for

    try:
        eff = effective_for(path, None, config_path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    data = eff.as_dict()
    data["rulepack"] = _load_pack(str(eff.year) if eff.year else None).id
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command("rules")
@click.option("--year", metavar="YEAR", help="Assessment year (default: the newest pack).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True)
def rules_cmd(year, fmt, lang) -> None:
    """List the rules of a rule pack."""
    import json

    pack = _load_pack(year)
    if fmt == "json":
        rows = [{"id": r.id, "type": r.type, "category": r.category, "severity": r.severity, "weight": r.weight,
                 "kinds": r.kinds, "summary": r.summary.get(lang), "confirmed": r.reference.confirmed}
                for r in pack.rules]
        click.echo(json.dumps({"rulepack": pack.id, "rules": rows}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{pack.id}: {pack.meta.title.get(lang)}", box=None, padding=(0, 1))
    for col in ("id", "category", "severity", "weight", "kinds", "summary"):
        table.add_column(col)
    for r in sorted(pack.rules, key=lambda r: (r.category, r.id)):
        table.add_row(r.id, r.category, r.severity, f"{r.weight:g}", ",".join(r.kinds) or "all", r.summary.get(lang))
    Console(highlight=False, width=140).print(table)


@main.command("rule")
@click.argument("rule_id")
@click.option("--year", metavar="YEAR", help="Assessment year (default: the newest pack).")
@click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True)
def rule_cmd(rule_id, year, lang) -> None:
    """Explain one rule: what it checks, why, a passing and a failing example, and the fix."""
    pack = _load_pack(year)
    rule = pack.rule(rule_id)
    if rule is None:
        raise click.UsageError(f"no rule '{rule_id}' in {pack.id} (see `ita-lint rules`)")
    th = lang == "th"
    ref = rule.reference
    lines = [
        f"{rule.id} ({rule.type}, {rule.category}, {rule.severity}, weight {rule.weight:g})",
        "",
        rule.summary.get(lang),
        "",
        ("ใช้กับ: " if th else "Applies to: ") + (", ".join(rule.kinds) or ("ทุกประเภท" if th else "every kind")),
        ("ที่มา: " if th else "Source: ") + ref.source + ("" if ref.confirmed else (" (ยังไม่ได้ยืนยันกับคู่มือ)" if th else " (not confirmed from the manual)")),
    ]
    if ref.quote:
        lines.append(("ข้อความในคู่มือ: " if th else "Manual: ") + ref.quote)
    lines += ["", ("วิธีแก้: " if th else "Fix: ") + rule.fix.get(lang), "",
              ("ตัวอย่างที่ผ่าน:" if th else "Passing example:"), _indent(rule.examples.pass_[0]),
              ("ตัวอย่างที่ไม่ผ่าน:" if th else "Failing example:"), _indent(rule.examples.fail[0]),
              f"({pack.rule_sources[rule.id]})"]
    click.echo("\n".join(lines))


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().split("\n")) + "\n"


@main.command("schema")
@click.argument("what", type=click.Choice(["rules", "report"]))
def schema_cmd(what) -> None:
    """Print a JSON Schema: `rules` for rule files, `report` for YAML/JSON reports."""
    import json

    if what == "rules":
        from ita_lint.engine.loader import rule_json_schema as make
    else:
        from ita_lint.readers.structured import json_schema as make
    click.echo(json.dumps(make(), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
