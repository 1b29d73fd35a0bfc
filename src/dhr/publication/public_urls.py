from django.urls import path

from dhr.publication import page_cache, views
from dhr.publication.feeds import NewPublications

app_name = "publication"
urlpatterns = [
    path("", views.public_index, name="index"),
    path("feed.atom", page_cache.shared_page(NewPublications()), name="feed"),
    path("<slug:slug>/", views.public_detail, name="detail"),
    path("<slug:slug>/faq.pdf", views.public_faq_pdf, name="faq_pdf"),
    path("<slug:slug>/faq.docx", views.public_faq_docx, name="faq_docx"),
    path("<slug:slug>/<slug:kind>/", views.public_report, name="report"),
    path("<slug:slug>/<slug:kind>.pdf", views.public_report_pdf, name="report_pdf"),
    path("<slug:slug>/<slug:kind>.docx", views.public_report_docx, name="report_docx"),
]
