"""Date arithmetic that survives any stored date. Plain Python, no Django.

Forms accept only sensible dates (`core.forms.DATE_KINDS`), but a page must
still draw whatever is stored (an import, the admin, an old row): a pause
ending on 31 December 9999 plus one day would otherwise overflow and take the
review page down for everyone.
"""

from __future__ import annotations

import datetime

ZERO = datetime.timedelta(0)


def shift(day: datetime.date, delta: datetime.timedelta) -> datetime.date:
    """`day + delta`, held at the first or last representable date."""
    try:
        return day + delta
    except OverflowError:
        return datetime.date.max if delta > ZERO else datetime.date.min
