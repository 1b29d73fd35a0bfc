"""The people a review is about, and how they were related.

These are real names, held only behind the review's access control: chronology
entries link to them, the family contact log and the genogram are drawn from
them, and the redaction engine's case register is built from them, so that a
published report never names them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from dhr.core.limits import LONG_TEXT


class PersonRole(models.TextChoices):
    VICTIM = "victim", "Victim"
    PERPETRATOR = "perpetrator", "Perpetrator"
    FAMILY = "family", "Family member"
    FRIEND = "friend", "Friend"
    COLLEAGUE = "colleague", "Colleague or employer"
    NEIGHBOUR = "neighbour", "Neighbour"
    CHILD = "child", "Child"
    OTHER = "other", "Other"


class Person(models.Model):
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=150, help_text="Full name, as agencies' records give it.")
    aliases = models.CharField(
        max_length=300,
        blank=True,
        help_text="Other names, nicknames and former names, separated by commas.",
    )
    role = models.CharField(max_length=20, choices=PersonRole.choices)
    pseudonym = models.CharField(
        max_length=80,
        blank=True,
        help_text="The name used for this person in anything published, for example 'Adult B'.",
    )
    date_of_birth = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=20, blank=True)
    ethnicity = models.CharField(max_length=80, blank=True)
    is_deceased = models.BooleanField(default=False)
    notes = models.TextField(blank=True, max_length=LONG_TEXT)

    class Meta:
        ordering = ["review", "id"]
        constraints = [
            models.UniqueConstraint(fields=["review", "name"], name="person_name_unique_in_review")
        ]

    def __str__(self) -> str:
        return self.pseudonym or self.name

    @property
    def alias_list(self) -> list[str]:
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]


class RelationshipKind(models.TextChoices):
    PARTNER = "partner", "Intimate partner"
    FORMER_PARTNER = "former_partner", "Former intimate partner"
    SPOUSE = "spouse", "Spouse or civil partner"
    PARENT = "parent", "Parent of"
    SIBLING = "sibling", "Sibling"
    OTHER_RELATIVE = "other_relative", "Other relative"
    HOUSEHOLD = "household", "Member of the same household"
    FRIEND = "friend", "Friend"
    COLLEAGUE = "colleague", "Colleague"
    OTHER = "other", "Other"


class Relationship(models.Model):
    """A tie between two people of one review; 'parent' reads from -> to."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="relationships"
    )
    from_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="ties_from")
    to_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="ties_to")
    kind = models.CharField(max_length=20, choices=RelationshipKind.choices)
    lives_together = models.BooleanField(default=False)
    notes = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["review", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_person=F("to_person")), name="relationship_two_people"
            ),
            models.UniqueConstraint(
                fields=["from_person", "to_person", "kind"], name="relationship_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_person} – {self.get_kind_display()} – {self.to_person}"


class ContactMethod(models.TextChoices):
    LETTER = "letter", "Letter"
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"
    IN_PERSON = "in_person", "In person"
    POLICE_FLO = "police_flo", "Through the police family liaison officer"
    ADVOCATE = "advocate", "Through their advocate"
    OTHER = "other", "Other"


class FamilyContact(models.Model):
    """One contact with a member of the victim's family, a friend or a colleague.

    The log shows how the review involved those who knew the victim: the Home
    Office leaflet, the offer of a specialist advocate (for example AAFDA), and
    whether they helped set the terms of reference, met the panel, read the
    draft and chose the victim's pseudonym.
    """

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="family_contacts"
    )
    person = models.ForeignKey(Person, on_delete=models.RESTRICT, related_name="contacts")
    contacted_on = models.DateField()
    method = models.CharField(max_length=20, choices=ContactMethod.choices)
    contacted_by = models.CharField(
        max_length=150, help_text="Who made the contact, for example 'the independent chair'."
    )
    leaflet_given = models.BooleanField(default=False)
    leaflet_given_on = models.DateField(null=True, blank=True)
    advocate_offered = models.BooleanField(default=False)
    advocate_accepted = models.BooleanField(default=False)
    advocate_organisation = models.CharField(max_length=150, blank=True)
    contributed_to_terms = models.BooleanField(default=False)
    met_panel_on = models.DateField(null=True, blank=True)
    read_draft_on = models.DateField(null=True, blank=True)
    victim_pseudonym_chosen = models.CharField(max_length=80, blank=True)
    declined = models.BooleanField(default=False)
    notes = models.TextField(blank=True, max_length=LONG_TEXT)

    class Meta:
        ordering = ["review", "contacted_on", "id"]

    def __str__(self) -> str:
        return f"{self.person} on {self.contacted_on:%d %B %Y}"


class RegisterTermKind(models.TextChoices):
    PLACE = "PLACE", "A place (a town, village, estate or landmark)"
    ADDRESS = "ADDRESS", "An address or street"
    INSTITUTION = "INSTITUTION", "An institution (a school, workplace, club or church)"


class RegisterTerm(models.Model):
    """A string the redaction engine missed, added by a reviewer: from then on it
    is part of the review's register and redacted from every document."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="register_terms"
    )
    kind = models.CharField(max_length=12, choices=RegisterTermKind.choices)
    text = models.CharField(max_length=200)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review", "id"]
        constraints = [
            models.UniqueConstraint(fields=["review", "text"], name="register_term_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} in the register of {self.review}"
