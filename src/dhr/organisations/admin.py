from django.contrib import admin

from dhr.organisations.models import Agency, Csp


class AgencyInline(admin.TabularInline):
    model = Agency
    extra = 0


@admin.register(Csp)
class CspAdmin(admin.ModelAdmin):
    list_display = ["name", "terminology", "report_period_months"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [AgencyInline]
