"""The command line: `ita-lint check`, `rules`, `rule`, `schema`.

Only click is imported at start-up; the pipeline (pydantic, rich, readers) is
imported inside the commands, so `ita-lint --version` and `--help` stay fast for
pre-commit hooks that run on every commit.
"""

from __future__ import annotations

import sys

import click

from ita_lint import __version__
from ita_lint.output import FORMATS as FORMAT_CHOICES  # names only: imports nothing heavy
from ita_lint.output.targets import OrderedCommand, check_formats  # click and the standard library only

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
    def main(self, args=None, *rest, **kwargs):
        from ita_lint.i18n import argv_lang, localise_cli, say

        lang = argv_lang(list(sys.argv[1:] if args is None else args))
        localise_cli(self, lang)  # --help, and click's own words, in the user's language
        # click exits 2 on usage errors already; make every other failure a one-liner too
        try:
            return super().main(args, *rest, standalone_mode=False, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.message = say(exc.message, lang)
            exc.show()
            sys.exit(EXIT_USAGE)
        except click.exceptions.Abort:
            click.echo(say("aborted", lang), err=True)
            sys.exit(EXIT_USAGE)
        except BrokenPipeError:
            sys.exit(EXIT_FINDINGS)
        except Exception as exc:  # a bug of ours: one line, not a traceback (--verbose or ITA_LINT_DEBUG=1 shows it)
            import os
            import traceback

            from ita_lint.bugs import bug_message

            argv = sys.argv[1:] if not args or args[0] is None else list(args[0])
            if os.environ.get("ITA_LINT_DEBUG") or "--verbose" in argv or "-v" in argv:
                traceback.print_exc()
            click.echo(f"ita-lint: {say(bug_message(exc), lang)}", err=True)
            sys.exit(EXIT_USAGE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="ita-lint")
def main() -> None:
    """ita-lint: check Thai ITA integrity and transparency reports before they are published."""




def _lang(value):
    from ita_lint.i18n import option_lang

    return option_lang(value)


def _write_stdout(text: str) -> None:
    # bytes, so Thai survives a console whose encoding is not UTF-8
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


@main.command(cls=OrderedCommand)
@click.argument("paths", nargs=-1, required=False)
@click.option("--output-format", "--format", "formats", multiple=True, callback=check_formats,
              metavar="[" + "|".join(FORMAT_CHOICES) + "][:FILE]",
              help="Output format (default terminal); NAME:FILE writes it to FILE. Repeat for several formats.")
@click.option("-o", "--output-file", "--output", "outputs", type=click.Path(dir_okay=False), multiple=True,
              help="Write the --format just before it to this file (replaced atomically).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when reports have findings (2 still means bad input).")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only: no tables, scores or summary.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, instead of the findings.")
@click.option("--stdin-filename", metavar="PATH",
              help="The name standard input (`-`) goes by: its extension decides the format, its folder the settings.")
@click.option("--lang", type=click.Choice(["th", "en"]), default=None, help="Language of messages (default th).")
@click.option("--year", metavar="YEAR", type=int, help="Assessment year whose rule pack to use (e.g. 2569). Default: the assessment that asks for each document's own kind and fiscal year.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None,
              help="Exit 1 when a document scores below this (default 0).")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rule ids or categories (comma-separated).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rule ids or categories (comma-separated).")
@click.option("--extend-select", multiple=True, metavar="IDS", help="Add these to the rules selected (comma-separated).")
@click.option("--extend-ignore", multiple=True, metavar="IDS", help="Add these to the rules ignored (comma-separated).")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Use this configuration file instead of the closest .ita-lint.yaml / pyproject.toml.")
@click.option("--isolated", is_flag=True,
              help="Ignore every configuration file in the checked tree (a gate's settings: flags and --config only).")
@click.option("--max-bytes", type=click.IntRange(1), default=None, help="Refuse files larger than this (default 50 MB).")
@click.option("--max-pages", type=click.IntRange(1), default=None, help="Refuse PDFs with more pages (default 500).")
@click.option("--ocr", is_flag=True, help="OCR scanned PDFs (needs tesseract with Thai data).")
@click.option("--limit", "limits", multiple=True, metavar="NAME=N",
              help="Raise or lower a bound on work: max-table-cells, max-document-cells, max-docx-part-bytes, "
                   "max-docx-total-bytes, max-ocr-page-pixels, max-response-seconds, max-document-seconds "
                   "(README, Security).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Check this many documents at once, each in a worker process (the output is the same).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where to keep the result cache (default: the user's cache folder, never the checked tree).")
@click.option("--color/--no-color", default=None, help="Colour the terminal output (default: when a terminal).")
@click.option("--sitemap", metavar="URL", help="Also check the pages a sitemap (or sitemap index) lists, and the reports they link to.")
@click.option("--max-documents", type=click.IntRange(1), default=50, show_default=True,
              help="Web: most pages and documents fetched in one run.")
@click.option("--max-document-mb", type=click.FloatRange(0, min_open=True), default=20.0, show_default=True,
              help="Web: stop a download larger than this (MB).")
@click.option("--max-total-mb", type=click.FloatRange(0, min_open=True), default=200.0, show_default=True,
              help="Web: stop downloading after this much in all (MB).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=20.0, show_default=True,
              help="Web: seconds to wait for a server to connect or send data.")
@click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Web: tries again after a timeout or server error, waiting 1 s, 2 s, 4 s ….")
@click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True, help="Web: downloads at once.")
@click.option("--depth", type=click.IntRange(0, 5), default=1, show_default=True,
              help="Web: link steps followed from a start URL.")
@click.option("--user-agent", metavar="TEXT", default=None, help="Web: User-Agent header (default names ita-lint).")
@click.option("--ignore-robots", is_flag=True, help="Web: fetch what robots.txt disallows (your own site only).")
@click.option("--allow-other-hosts", is_flag=True, help="Web: follow links and redirects to other hosts.")
@click.option("--allow-private", is_flag=True, help="Web: allow private and loopback addresses even when the start URL is public.")
@click.option("--ca-bundle", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Web: also trust the certificates in this PEM file (an agency's CA, a missing intermediate).")
@click.option("-v", "--verbose", is_flag=True, help="Say which web pages were skipped and why; show the traceback of an internal error.")
def check(paths, formats, outputs, exit_zero, quiet, statistics, stdin_filename, lang, year, fail_under, select,
          ignore, extend_select, extend_ignore, config_path, isolated, max_bytes, max_pages, ocr, limits, jobs, no_cache, cache_dir, color,
          sitemap, max_documents, max_document_mb, max_total_mb, timeout, retries, concurrency, depth, user_agent, ignore_robots, allow_other_hosts, allow_private, ca_bundle, verbose) -> None:
    """Check reports — files, folders or web pages (URLs) — and print every missing item.

    Exit codes: 0 all passed, 1 findings at error severity or a score under
    --fail-under, 2 bad usage or configuration, or a file that cannot be read.
    """
    from ita_lint.config import ConfigError, effective_for
    from ita_lint.engine.packs import RulePackError
    from ita_lint.i18n import nothing_to_check, say
    from ita_lint.lint import RunRequest, SettingsError, lint_paths
    from ita_lint.web import is_url

    from ita_lint.output.targets import TargetError, targets_in_order, write_atomically

    if not paths and not sitemap and not stdin_filename:
        raise click.UsageError("give files, folders or URLs to check (or --sitemap URL, or - for standard input)")
    urls = [p for p in paths if is_url(p)]
    files = [p for p in paths if not is_url(p) and p != "-"]
    stdin = None
    if "-" in paths or (stdin_filename and not paths):
        stdin = (stdin_filename or "stdin.md", sys.stdin.buffer.read())

    try:
        targets = targets_in_order(click.get_current_context(), formats, outputs)
    except TargetError as exc:
        raise click.UsageError(str(exc)) from None
    formats = [fmt for fmt, _ in targets]
    cli = {"year": year, "select": sorted(_split(select)), "ignore": sorted(_split(ignore)), "fail_under": fail_under,
           "lang": lang, "max_bytes": max_bytes, "max_pages": max_pages, "limits": _limits(limits),
           "extend_select": sorted(_split(extend_select)), "extend_ignore": sorted(_split(extend_ignore))}
    from ita_lint import progress

    bar = None
    try:
        if progress.wanted([fmt for fmt, out in targets if out is None]):
            bar = progress.Bar(effective_for(".", cli, config_path).lang, long=ocr or bool(urls or sitemap))
        request = RunRequest(files, cli, config_path, use_cache=not no_cache, cache_dir=cache_dir, ocr=ocr, stdin=stdin,
                             isolated=isolated, verbose=verbose, progress=bar, jobs=jobs)
        runs = [lint_paths(request)] if files or stdin else []
        if bar is not None and (urls or sitemap):
            bar(0, None, " ".join(urls) or sitemap)  # web pages: a spinner while they are fetched
        # a URL is not a path: its settings come from the configuration of the working directory
        try:
            here = effective_for(files[0] if files else ".", cli, config_path, isolated)
        except ConfigError:  # each file checked under it says so already; the report still prints
            here = effective_for(".", cli, None, isolated=True)
        if urls or sitemap:
            runs.append(_check_web(urls, sitemap, effective_for(".", cli, config_path, isolated), ocr, verbose, dict(
                max_documents=max_documents, max_bytes_per_document=int(max_document_mb * 1024 * 1024),
                max_total_bytes=int(max_total_mb * 1024 * 1024), timeout=timeout, retries=retries,
                concurrency=concurrency, depth=depth, user_agent=user_agent, respect_robots=not ignore_robots,
                same_host=not allow_other_hosts, allow_private=True if allow_private else None, ca_bundle=ca_bundle)))
        from ita_lint.web import combine

        run = combine(*runs) if len(runs) != 1 else runs[0]
        pack = _load_pack(str(here.year) if here.year else None) if any(f in ("sarif", "junit") for f in formats) else None
    except (ConfigError, RulePackError, SettingsError) as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        if bar is not None:
            bar.close()
    if statistics:  # the counts take standard output's place; the files are written as asked
        from ita_lint.output import statistics as stats

        targets = [(fmt, out) for fmt, out in targets if out is not None]
        _write_stdout(stats.render(run, here.lang))
    for fmt, out in targets:
        # a file name that is not UTF-8 (surrogate escapes) is printed as \udcXX, which JSON reads back
        text = _render(fmt, run, pack, here.lang, color if out is None else False, quiet).encode(
            "utf-8", "backslashreplace").decode("utf-8")
        if out is None:
            _write_stdout(text)
        else:
            try:
                write_atomically(out, text)
            except OSError as exc:
                raise click.UsageError(f"{out}: cannot write: {exc.strerror or exc}") from None
    if run.errors:
        if statistics or all(fmt != "terminal" for fmt, out in targets if out is None):
            for error in run.errors:
                click.echo(f"{error.path}: {say(error.message, here.lang)}", err=True)
        sys.exit(EXIT_USAGE)
    if not run.documents and not urls and not sitemap:  # nothing checked is not a pass
        click.echo("\n".join(nothing_to_check(files, run.skipped, here.lang)), err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_OK if run.passed or exit_zero else EXIT_FINDINGS)


def _limits(values: tuple[str, ...]) -> dict:
    from ita_lint.limits import parse

    try:
        return parse(values)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _check_web(urls, sitemap, eff, ocr: bool, verbose: bool, limits: dict):
    from ita_lint.limits import from_settings
    from ita_lint.lint import pack_and_options
    from ita_lint.readers import ReadOptions
    from ita_lint.web import USER_AGENT, WebOptions, check_urls

    pack, options = pack_and_options(eff)
    bounds = from_settings(eff.limits)
    limits["user_agent"] = limits["user_agent"] or USER_AGENT
    limits["total_timeout"] = float(bounds.response_seconds)
    limits["lang"] = eff.lang
    try:
        web = WebOptions(**limits)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None

    def log(level: str, message: str) -> None:
        if level == "warning" or verbose:
            from ita_lint.i18n import say_line

            click.echo(f"ita-lint: {say_line(message, eff.lang)}", err=True)

    read_options = ReadOptions(max_pages=eff.max_pages or ReadOptions.max_pages, ocr=ocr, limits=bounds)
    return check_urls(urls, pack, options, web, sitemap=sitemap, read_options=read_options, log=log)


def _render(fmt: str, run, pack, lang: str, color, quiet: bool = False) -> str:
    if fmt == "terminal":
        from ita_lint.output import terminal

        return terminal.render(run, lang=lang, color=terminal.wants_color(color, sys.stdout),
                               width=terminal.width_for(sys.stdout), quiet=quiet)
    if fmt == "json":
        from ita_lint.output import json as out_json

        return out_json.render(run)
    import importlib

    module = importlib.import_module(f"ita_lint.output.{fmt}")
    return module.render(run, pack, lang=lang)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free one).")
@click.option("--lang", type=click.Choice(["th", "en"]), default=None, help="Language of the page (default th).")
@click.option("--year", metavar="YEAR", type=int, help="Assessment year whose rule pack to use (default: by each document).")
@click.option("--max-bytes", type=click.IntRange(1), default=20 * 1024 * 1024, show_default=True,
              help="Refuse uploads larger than this.")
@click.option("--ocr", is_flag=True, help="Tick the page's OCR box for scanned PDFs by default (needs tesseract with Thai data).")
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
def serve_cmd(host, port, lang, year, max_bytes, ocr, no_browser) -> None:
    """Open a local page where a report file is dropped and its report page shown; files are not kept."""
    from ita_lint.config import ConfigError
    from ita_lint.output.labels import PAGE_LABELS
    from ita_lint.serve import ServeOptions, serve

    try:
        serve(host, port, ServeOptions(lang=lang, max_bytes=max_bytes, year=year, ocr=ocr), not no_browser,
              click.echo)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        words = PAGE_LABELS["en" if lang == "en" else "th"]
        click.echo("ita-lint: " + words["cannot_listen"].format(host=host, port=port, reason=exc.strerror or exc), err=True)
        sys.exit(EXIT_USAGE)


@main.command("explain")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["th", "en"]), default=None)
@click.option("--year", metavar="YEAR", help="Assessment year whose rule pack (vocabulary) to use. Default: the newest.")
@click.option("--ocr", is_flag=True, help="OCR scanned PDFs (needs tesseract with Thai data).")
def explain_cmd(path, fmt, lang, year, ocr) -> None:
    """Show how a report was read: each table's columns, each row's fate and why, each measure's evidence."""
    lang = _lang(lang)
    import json

    from ita_lint import explain
    from ita_lint.extract import extract
    from ita_lint.lint import read_for_check
    from ita_lint.readers import ReadError, ReadOptions

    pack = _load_pack(year)
    try:
        document = read_for_check(path, ReadOptions(ocr=ocr))
    except ReadError as exc:
        from ita_lint.i18n import say

        click.echo(f"{path}: {say(str(exc), lang)}", err=True)
        sys.exit(EXIT_USAGE)
    report = extract(document, pack)
    if fmt == "json":
        _write_stdout(json.dumps(explain.as_dict(report), ensure_ascii=False, indent=2) + "\n")
        return
    names = {e: v.name.get(lang) for e, v in pack.vocabulary.elements.items()}
    _write_stdout(explain.render(report, lang, names))


@main.command("config")
@click.argument("path", default=".")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False), help="Use this configuration file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["th", "en"]), default=None)
def config_cmd(path, config_path, fmt, lang) -> None:
    """Print the settings in force for PATH (a file or folder) and where they come from."""
    import json

    from ita_lint.config import ConfigError, effective_for

    try:
        eff = effective_for(path, None, config_path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt == "text":
        from ita_lint.output.settings import render

        _write_stdout(render(eff, path, lang or eff.lang))
        return
    data = eff.as_dict()
    data["rulepack"] = _load_pack(str(eff.year)).id if eff.year else "auto"  # a document's kind and fiscal year decide
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command("rules")
@click.option("--year", metavar="YEAR", help="Assessment year (default: the newest pack).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--lang", type=click.Choice(["th", "en"]), default=None)
def rules_cmd(year, fmt, lang) -> None:
    """List the rules of a rule pack."""
    lang = _lang(lang)
    import json

    from ita_lint.engine.packdiff import differences, field_name

    pack = _load_pack(year)
    before = _previous_pack(pack)
    changes = differences(before, pack, lang) if before else []
    if fmt == "json":
        rows = [{"id": r.id, "type": r.type, "category": r.category, "severity": r.severity, "weight": r.weight,
                 "kinds": r.kinds, "summary": r.summary.get(lang), "confirmed": r.reference.confirmed}
                for r in pack.rules]
        click.echo(json.dumps({
            "rulepack": pack.id, "assessment_year": pack.assessment_year,
            "expected_fiscal_year": pack.meta.expected_fiscal_year,
            "items": {k: {"code": v.code, "title": v.title} for k, v in pack.meta.items.items()},
            "provisional": pack.meta.provisional.get(lang) if pack.meta.provisional else None,
            "rules": rows,
            "changes_from": before.id if before else None,
            "changes": [vars(c) for c in changes]}, ensure_ascii=False, indent=2))
        return
    from ita_lint.output.rule_help import rules_table

    _write_stdout(rules_table(pack, before, changes, lang, field_name))


def _previous_pack(pack):
    """The pack of the assessment year before `pack`'s, if there is one."""
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import available_packs, pack_id_for_year

    previous = pack_id_for_year(pack.assessment_year - 1)
    return load_pack(previous) if previous in available_packs() else None


@main.command("rule")
@click.argument("rule_id")
@click.option("--year", metavar="YEAR", help="Assessment year (default: the newest pack).")
@click.option("--lang", type=click.Choice(["th", "en"]), default=None)
def rule_cmd(rule_id, year, lang) -> None:
    """Explain one rule: what it checks, why, a passing and a failing example, and the fix."""
    lang = _lang(lang)
    from ita_lint.output.rule_help import rule_text

    pack = _load_pack(year)
    rule = pack.rule(rule_id)
    if rule is None:
        raise click.UsageError(f"no rule '{rule_id}' in {pack.id} (see `ita-lint rules`)")
    click.echo(rule_text(pack, rule, lang))


@main.command("init")
@click.option("--kind", type=click.Choice(["measures", "results", "plan"]), required=True)
@click.option("--year", metavar="YEAR", help="Assessment year (default: the newest pack).")
@click.option("--format", "fmt", type=click.Choice(["md", "docx", "yaml"]), default=None)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True)
@click.option("--force", is_flag=True)
@click.option("--lang", type=click.Choice(["th", "en"]), default=None)
def init_cmd(kind, year, fmt, output, force, lang) -> None:
    """Write a report template holding every element that year's rules require."""
    from ita_lint import templates

    try:
        data = templates.render(templates.skeleton(kind, _load_pack(year)), templates.format_for(output, fmt))
        templates.write_new(output, data, force)
    except templates.TemplateError as exc:
        raise click.UsageError(str(exc)) from None
    from ita_lint.i18n import say

    click.echo(say(f"{output}: template written; replace every instruction, then run ita-lint check {output}",
                   _lang(lang)))


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
