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


def _load_pack(year: str | None):
    from ita_lint.engine.loader import RulePackError, default_pack_id, load_pack, pack_id_for_year

    try:
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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True,
              help="Output format.")
@click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True, help="Language of messages.")
@click.option("--year", metavar="YEAR", help="Assessment year whose rule pack to use (e.g. 2569). Default: the newest.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=0.0, show_default=True,
              help="Exit 1 when a document scores below this.")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rule ids or categories (comma-separated).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rule ids or categories (comma-separated).")
@click.option("--max-bytes", type=click.IntRange(1), default=None, help="Refuse files larger than this.")
@click.option("--color/--no-color", default=None, help="Colour the terminal output (default: when a terminal).")
def check(paths, fmt, lang, year, fail_under, select, ignore, max_bytes, color) -> None:
    """Check reports (files or folders) and print every missing item.

    Exit codes: 0 all passed, 1 findings at error severity or a score under
    --fail-under, 2 bad usage or a file that cannot be read.
    """
    from ita_lint.engine.run import Options, Selection
    from ita_lint.lint import check_paths
    from ita_lint.readers import ReadOptions

    pack = _load_pack(year)
    known = {r.id for r in pack.rules} | {r.category for r in pack.rules}
    selection = Selection(select=_split(select), ignore=_split(ignore))
    unknown = sorted((selection.select | selection.ignore) - known)
    if unknown:
        raise click.UsageError(f"unknown rule id or category: {', '.join(unknown)} (see `ita-lint rules`)")
    options = Options(lang=lang, selection=selection, fail_under=fail_under)
    read_options = ReadOptions() if max_bytes is None else ReadOptions(max_bytes=max_bytes)
    run = check_paths(paths, pack, options, read_options)
    if fmt == "json":
        from ita_lint.output import json as out_json

        sys.stdout.write(out_json.render(run))
    else:
        from ita_lint.output import terminal

        use_color = sys.stdout.isatty() if color is None else color
        sys.stdout.write(terminal.render(run, lang=lang, color=use_color))
    sys.stdout.flush()
    if run.errors:
        for error in run.errors:
            if fmt == "json":
                click.echo(f"{error.path}: {error.message}", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_OK if run.passed else EXIT_FINDINGS)


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
@click.argument("what", type=click.Choice(["rules"]))
def schema_cmd(what) -> None:
    """Print a JSON Schema: `rules` for rule files."""
    import json

    from ita_lint.engine.loader import rule_json_schema

    click.echo(json.dumps(rule_json_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
