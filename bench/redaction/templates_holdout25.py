"""The twenty-fifth holdout pool (``holdout25``): a stub, to be written blind."""

HOLDOUT25: dict[str, list[str]] = {}
