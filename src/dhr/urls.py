from django.contrib import admin
from django.urls import include, path

from dhr.core import views as core_views
from dhr.reviews import views as review_views

admin.site.site_header = "dhr accounts administration"
handler400 = "dhr.core.views.bad_request"
handler500 = "dhr.core.views.server_error"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz/", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("reviews/", include("dhr.reviews.urls")),
    path("invitations/<str:token>/", review_views.invitation_accept, name="invitation_accept"),
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
    path("library/", include("dhr.library.urls")),
    path("api/library/", include("dhr.library.api_urls")),
    path("reviews/<int:review_id>/themes/", include("dhr.library.review_urls")),
    path("reviews/<int:review_id>/sign-offs/", include("dhr.signoffs.urls")),
    path("csps/<int:csp_id>/actions/", include("dhr.actions.csp_urls")),
    path("reviews/<int:review_id>/report/", include("dhr.reports.urls")),
    path("reviews/<int:review_id>/redaction/", include("dhr.redaction_review.urls")),
    path("reviews/<int:review_id>/distribution/", include("dhr.distribution.urls")),
    path("d/", include("dhr.distribution.public_urls")),
]
