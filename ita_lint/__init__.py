"""ita-lint: check Thai ITA integrity and transparency reports before publication.

The pipeline, one package per stage:

    readers  (path -> Document)     ita_lint.readers
    extract  (Document -> Report)   ita_lint.extract
    rules    (Report -> Findings)   ita_lint.engine
    output   (results -> text)      ita_lint.output
"""

__version__ = "0.1.0"
