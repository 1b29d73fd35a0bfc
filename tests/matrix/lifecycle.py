"""Access rows for the review lifecycle: notifications (the decision and stage
pages keep their rows in tests/test_access_matrix.py)."""

from __future__ import annotations

from tests.matrix import EDITORS, Row, review_kwargs

ROWS: dict[str, Row] = {
    "reviews:notify": Row(None, {"coordinator", "other_csp_coordinator"}),
    "reviews:notification": Row(review_kwargs, EDITORS),
}
