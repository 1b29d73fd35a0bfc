"""The review panel and the agencies asked for Individual Management Reviews."""

from __future__ import annotations

from django.db import models


class PanelMember(models.Model):
    """A seat on the panel, listed publicly by role and agency, not by name."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="panel_members"
    )
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.PROTECT, null=True, blank=True
    )
    public_label = models.CharField(
        max_length=200,
        help_text=(
            "How the seat is listed in the published FAQ, for example "
            "'Suffolk Constabulary' or 'GP Practice manager as panel member'."
        ),
    )
    member_name = models.CharField(
        max_length=150, blank=True, help_text="Not published; for the coordinator's records."
    )
    is_independent_chair = models.BooleanField(default=False)
    is_overview_author = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-is_independent_chair", "position", "id"]

    def __str__(self) -> str:
        return self.public_label


class ImrRequest(models.Model):
    """The chair's letter to an agency's senior manager commissioning its IMR."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="imr_requests"
    )
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT)
    senior_manager_name = models.CharField(max_length=150)
    senior_manager_title = models.CharField(max_length=150, blank=True)
    letter_sent_on = models.DateField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    received_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["review", "agency"], name="one_imr_request_per_agency")
        ]

    def __str__(self) -> str:
        return f"IMR from {self.agency}"
