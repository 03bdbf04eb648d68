"""The rule engine: rule packs (schema, loader), check types (checks), scoring and running."""
