"""Account administration. Review content is deliberately not registered here:
administrators manage people and partnerships, not the reviews themselves."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from dhr.accounts.models import CspMembership, User


class CspMembershipInline(admin.TabularInline):
    model = CspMembership
    extra = 0


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["full_name"]
    list_display = ["full_name", "email", "job_title", "is_active", "is_staff"]
    search_fields = ["full_name", "email"]
    inlines = [CspMembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Person", {"fields": ("full_name", "job_title")}),
        ("Status", {"fields": ("is_active", "is_staff", "is_superuser")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
    )
    filter_horizontal = ()
    list_filter = ["is_active", "is_staff"]
