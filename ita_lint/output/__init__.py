"""Formatters: each turns a RunResult into text. None of them recomputes anything."""

FORMATS = ("terminal", "json", "sarif", "junit", "github", "gitlab", "markdown", "concise", "html")
