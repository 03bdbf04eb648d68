"""The configuration file's keys, as pydantic models (imported only when a file exists)."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

SeverityName = Literal["info", "warning", "error"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Waiver(_Model):
    path: str = Field(description="glob of the files the waiver covers, relative to the config file")
    rule: str = Field(description="rule id or category")
    reason: str = Field(min_length=1)
    expires: Optional[dt.date] = None


class Settings(_Model):
    """Every setting; also the shape of one `overrides` entry (which adds `paths`)."""

    year: Optional[int] = Field(None, description="assessment year whose rule pack to use")
    select: Optional[list[str]] = None
    ignore: Optional[list[str]] = None
    extend_select: Optional[list[str]] = Field(None, alias="extend-select")
    extend_ignore: Optional[list[str]] = Field(None, alias="extend-ignore")
    severity: Optional[dict[str, SeverityName]] = None
    fail_under: Optional[float] = Field(None, alias="fail-under", ge=0, le=100)
    lang: Optional[Literal["th", "en"]] = None
    rule_dirs: Optional[list[str]] = Field(None, alias="rule-dirs")
    max_bytes: Optional[int] = Field(None, alias="max-bytes", gt=0)
    max_pages: Optional[int] = Field(None, alias="max-pages", gt=0)
    limits: Optional[dict[str, int]] = Field(None, description="bounds on work (ita_lint.limits): max-table-cells …")

    @field_validator("limits")
    @classmethod
    def _known_limits(cls, v):
        from ita_lint.limits import NAMES

        for name, value in (v or {}).items():
            if name not in NAMES:
                raise ValueError(f"unknown limit '{name}' (known: {', '.join(sorted(NAMES))})")
            if value < 1:
                raise ValueError(f"limit '{name}' must be at least 1")
        return v


class Override(Settings):
    paths: list[str] = Field(min_length=1)


class ConfigFile(Settings):
    overrides: list[Override] = Field(default_factory=list)
    waivers: list[Waiver] = Field(default_factory=list)

    @field_validator("rule_dirs")
    @classmethod
    def _no_empty(cls, v):
        if v is not None and any(not d for d in v):
            raise ValueError("empty rule directory")
        return v
