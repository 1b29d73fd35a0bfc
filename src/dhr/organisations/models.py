"""Community Safety Partnerships and the agencies that work with them."""

from __future__ import annotations

from django.db import models


class Terminology(models.TextChoices):
    """What the area calls a review: the 2004 Act's name, or the 2024 Act's."""

    DHR = "DHR", "Domestic Homicide Review"
    DARDR = "DARDR", "Domestic Abuse Related Death Review"


class Csp(models.Model):
    """A Community Safety Partnership: holds the statutory duty to review."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    terminology = models.CharField(
        max_length=5, choices=Terminology.choices, default=Terminology.DHR
    )
    decision_period_months = models.PositiveSmallIntegerField(
        default=1, help_text="Months from notification in which the decision is due."
    )
    report_period_months = models.PositiveSmallIntegerField(
        default=6, help_text="Months from the decision to proceed in which the report is due."
    )
    website_name = models.CharField(
        max_length=200, blank=True, help_text="Where the CSP publishes, e.g. a council's website."
    )
    website_url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "Community Safety Partnership"

    def __str__(self) -> str:
        return self.name

    @property
    def term(self) -> str:
        """The short name of a review in this area: DHR or DARDR."""
        return str(self.terminology)

    @property
    def term_long(self) -> str:
        return str(Terminology(self.terminology).label)


class AgencyType(models.TextChoices):
    POLICE = "police", "Police"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    HEALTH_TRUST = "health_trust", "Health trust or commissioner"
    GP_PRACTICE = "gp_practice", "GP practice"
    PROBATION = "probation", "Probation"
    FIRE = "fire", "Fire and rescue"
    EDUCATION = "education", "Education"
    HOUSING = "housing", "Housing"
    SPECIALIST_DA = "specialist_da", "Specialist domestic abuse service"
    AMBULANCE = "ambulance", "Ambulance service"
    OTHER_VOLUNTARY = "other_voluntary", "Other voluntary"
    OTHER = "other", "Other"


STATUTORY_TYPES = {
    AgencyType.POLICE,
    AgencyType.LOCAL_AUTHORITY,
    AgencyType.HEALTH_TRUST,
    AgencyType.GP_PRACTICE,
    AgencyType.PROBATION,
    AgencyType.FIRE,
    AgencyType.EDUCATION,
    AgencyType.AMBULANCE,
}


class Agency(models.Model):
    """An agency in the CSP's directory; panels and IMRs draw on it."""

    csp = models.ForeignKey(Csp, on_delete=models.PROTECT, related_name="agencies")
    name = models.CharField(max_length=200)
    agency_type = models.CharField(max_length=20, choices=AgencyType.choices)
    statutory = models.BooleanField(
        default=True, help_text="Under section 9 of the 2004 Act (statutory) or voluntary."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"
        constraints = [
            models.UniqueConstraint(fields=["csp", "name"], name="agency_unique_name_per_csp")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def sector(self) -> str:
        return "Statutory" if self.statutory else "Voluntary"


class SeniorManager(models.Model):
    """A senior manager of an agency: who the chair writes to for an IMR."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="senior_managers")
    name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=150, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    active = models.BooleanField(
        default=True, help_text="Untick when they leave; past letters keep their name."
    )

    class Meta:
        ordering = ["-active", "name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.job_title}" if self.job_title else self.name
