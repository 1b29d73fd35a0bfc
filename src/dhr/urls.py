from django.contrib import admin
from django.urls import include, path

from dhr.core import views as core_views

admin.site.site_header = "dhr accounts administration"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz/", core_views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("reviews/", include("dhr.reviews.urls")),
    path("reviews/<int:review_id>/panel/", include("dhr.panel.urls")),
    path("csps/<int:csp_id>/agencies/", include("dhr.organisations.urls")),
    path("csps/<int:csp_id>/imr-letter/", include("dhr.panel.csp_urls")),
    path("reviews/<int:review_id>/recommendations/", include("dhr.actions.urls")),
    path("reviews/<int:review_id>/audit/", include("dhr.audit.urls")),
    path("reviews/<int:review_id>/publication/", include("dhr.publication.urls")),
    path("reviews/<int:review_id>/evidence/", include("dhr.evidence.urls")),
    path("published/", include("dhr.publication.public_urls")),
    path("", include("dhr.schedule.urls")),
    path("reviews/<int:review_id>/people/", include("dhr.people.urls")),
]
