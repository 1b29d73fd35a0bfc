"""People who sign in, and the CSP-wide roles some of them hold.

Review-level roles (independent chair, panel member, IMR author, Home Office QA
reader) are memberships of one review and live in dhr.reviews. What each role
may do is decided in dhr.access, nowhere else.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("A user needs an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their work email address."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=150, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(
        default=False, help_text="Administrators manage accounts; they see no review content."
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class CspRole(models.TextChoices):
    COORDINATOR = "coordinator", "CSP coordinator"
    CSP_CHAIR = "csp_chair", "CSP chair"


class CspMembership(models.Model):
    """A CSP-wide role: the coordinator and the CSP chair see all the CSP's reviews."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="csp_memberships")
    csp = models.ForeignKey(
        "organisations.Csp", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=CspRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "csp", "role"], name="csp_membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.csp}"
