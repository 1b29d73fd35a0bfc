"""The twenty-fourth holdout pool (``holdout24``): a stub, to be written blind."""

HOLDOUT24: dict[str, list[str]] = {}
