import pytest

from dhr.redaction import Register


@pytest.fixture
def register():
    return Register.from_dict(
        {
            "people": [
                {
                    "name": "Marie Doyle",
                    "aliases": ["Mimi", "Marie Kent"],
                    "role": "victim",
                    "pseudonym": "Louise",
                },
                {"name": "Tomasz Nowicki", "aliases": ["Tom"], "role": "perpetrator"},
                {"name": "Hope Wood", "role": "family"},
                {"name": "May Okafor-Ellis", "role": "friend"},
            ],
            "details": [
                {"label": "ADDRESS", "text": "14 Larch Close, Thetford"},
                {"label": "PHONE", "text": "07700 900123"},
                {"label": "DOB", "text": "1985-03-03"},
                {"label": "SCHOOL", "text": "Brambleside Academy"},
            ],
        }
    )
