"""The read-only JSON API under /api/library/, described by openapi.json.

Every list is paginated (`count`, `next`, `previous`, `results`); filters are
query parameters named like the search page's facets (repeat a parameter for
several values). Only what the search page shows is ever returned: entries of
the index, built from published reviews and the DHRD.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse

from dhr import access
from dhr.library import dhrd, search
from dhr.library.models import LibraryEntry, Theme
from dhr.library.services import FACETS
from dhr.library.views import CITATION, read_filters

MAX_PAGE_SIZE = 100


def json_response(body: dict[str, Any], status: int = 200) -> HttpResponse:
    return HttpResponse(
        json.dumps(body, cls=DjangoJSONEncoder),
        content_type="application/json",
        status=status,
    )


def paging(request: HttpRequest) -> tuple[int, int]:
    try:
        page = max(1, int(request.GET.get("page", "1")))
        size = min(MAX_PAGE_SIZE, max(1, int(request.GET.get("page_size", "20"))))
    except ValueError:
        page, size = 1, 20
    return page, size


def link(request: HttpRequest, page: int) -> str:
    params = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page"]
    return request.build_absolute_uri(request.path) + "?" + urlencode([*params, ("page", page)])


def entry_json(entry: LibraryEntry, snippet: str = "") -> dict[str, Any]:
    return {
        "key": entry.key,
        "kind": entry.kind,
        "title": entry.title,
        "csp": entry.csp,
        "region": entry.region,
        "death_year": entry.death_year,
        "published_on": entry.published_on.isoformat() if entry.published_on else None,
        "url": entry.url,
        "summary": entry.summary,
        "snippet": str(snippet),
        "facts": entry.facts,
    }


def entries(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    page, size = paging(request)
    result = search.search(
        request.GET.get("q", "")[:500], read_filters(request.GET), [], (page - 1) * size, size
    )
    last = max(1, (result.total + size - 1) // size)
    return json_response(
        {
            "count": result.total,
            "next": link(request, page + 1) if page < last else None,
            "previous": link(request, page - 1) if page > 1 else None,
            "results": [entry_json(h.entry, h.snippet) for h in result.hits],
            "citation": CITATION,
        }
    )


def entry(request: HttpRequest, key: str) -> HttpResponse:
    access.access_library(request.user)
    found = LibraryEntry.objects.filter(key=key).prefetch_related("facets").first()
    if found is None:
        raise Http404("No such library entry.")
    body = entry_json(found)
    facets: dict[str, list[str]] = {}
    for f in found.facets.all():
        facets.setdefault(f.field, []).append(f.value)
    body["facets"] = facets
    body["text"] = found.body
    body["citation"] = CITATION
    return json_response(body)


def facets(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    result = search.search(request.GET.get("q", "")[:500], read_filters(request.GET), FACETS, 0, 0)
    results = [
        {
            "field": name,
            "label": FACETS[name],
            "options": [
                {"value": o.value, "count": o.count, "selected": o.selected}
                for o in result.facets[name]
            ],
        }
        for name in FACETS
    ]
    return json_response(
        {"count": len(results), "next": None, "previous": None, "results": results}
    )


def themes(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    page, size = paging(request)
    qs = Theme.objects.all()
    total = qs.count()
    rows = qs[(page - 1) * size : page * size]
    last = max(1, (total + size - 1) // size)
    return json_response(
        {
            "count": total,
            "next": link(request, page + 1) if page < last else None,
            "previous": link(request, page - 1) if page > 1 else None,
            "results": [
                {
                    "slug": t.slug,
                    "label": t.label,
                    "group": t.group,
                    "home_office_option": t.home_office_option,
                }
                for t in rows
            ],
        }
    )


def openapi(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    return json_response(openapi_document())


def openapi_document() -> dict[str, Any]:
    filters = [
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": f"{label} (repeat for several values)",
            "schema": {"type": "array", "items": {"type": "string"}},
            "style": "form",
            "explode": True,
        }
        for name, label in FACETS.items()
    ]
    paging_params = [
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {
            "name": "page_size",
            "in": "query",
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        },
    ]
    q = {
        "name": "q",
        "in": "query",
        "description": 'Words or "quoted phrases", all of which must occur',
        "schema": {"type": "string"},
    }
    nullable_str = {"type": ["string", "null"]}

    def page_of(ref: str) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "minimum": 0},
                "next": nullable_str,
                "previous": nullable_str,
                "results": {"type": "array", "items": {"$ref": ref}},
                "citation": {"$ref": "#/components/schemas/Citation"},
            },
        }

    def ok(schema: dict[str, Any], description: str) -> dict[str, Any]:
        return {
            "200": {"description": description, "content": {"application/json": {"schema": schema}}}
        }

    entry_props = {
        "key": {"type": "string"},
        "kind": {"type": "string", "enum": ["review", "recommendation", "dhrd"]},
        "title": {"type": "string"},
        "csp": {"type": "string"},
        "region": {"type": "string"},
        "death_year": {"type": ["integer", "null"]},
        "published_on": {"type": ["string", "null"], "format": "date"},
        "url": {"type": "string"},
        "summary": {"type": "string"},
        "snippet": {"type": "string"},
        "facts": {"type": "object"},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "dhr learning library API",
            "version": "1.0.0",
            "description": (
                "Read-only access to published, anonymised Domestic Homicide Reviews of this "
                "installation and to the DHRD records. Contains data from " + dhrd.CITATION
            ),
            "license": {"name": "CC BY 4.0 (DHRD records)", "url": CITATION["licence_url"]},
        },
        "paths": {
            "/api/library/entries/": {
                "get": {
                    "operationId": "listEntries",
                    "summary": "Search the library",
                    "parameters": [q, *paging_params, *filters],
                    "responses": ok(page_of("#/components/schemas/Entry"), "A page of entries"),
                }
            },
            "/api/library/entries/{key}/": {
                "get": {
                    "operationId": "getEntry",
                    "summary": "One entry with its facets and text",
                    "parameters": [
                        {
                            "name": "key",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        **ok({"$ref": "#/components/schemas/EntryDetail"}, "The entry"),
                        "404": {"description": "No such entry"},
                    },
                }
            },
            "/api/library/facets/": {
                "get": {
                    "operationId": "listFacets",
                    "summary": "Counts for every facet under a query and filters",
                    "parameters": [q, *filters],
                    "responses": ok(page_of("#/components/schemas/Facet"), "Every facet"),
                }
            },
            "/api/library/themes/": {
                "get": {
                    "operationId": "listThemes",
                    "summary": "The theme vocabulary (Home Office library filters)",
                    "parameters": paging_params,
                    "responses": ok(page_of("#/components/schemas/Theme"), "A page of themes"),
                }
            },
        },
        "components": {
            "schemas": {
                "Citation": {
                    "type": "object",
                    "required": ["authors", "year", "licence", "doi", "text"],
                    "properties": {
                        "authors": {"type": "string"},
                        "year": {"type": "integer"},
                        "title": {"type": "string"},
                        "licence": {"type": "string"},
                        "licence_url": {"type": "string"},
                        "doi": {"type": "string"},
                        "text": {"type": "string"},
                    },
                },
                "Entry": {
                    "type": "object",
                    "required": list(entry_props),
                    "properties": entry_props,
                    "additionalProperties": False,
                },
                "EntryDetail": {
                    "type": "object",
                    "required": [*entry_props, "facets", "text", "citation"],
                    "properties": {
                        **entry_props,
                        "facets": {
                            "type": "object",
                            "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        },
                        "text": {"type": "string"},
                        "citation": {"$ref": "#/components/schemas/Citation"},
                    },
                    "additionalProperties": False,
                },
                "Facet": {
                    "type": "object",
                    "required": ["field", "label", "options"],
                    "properties": {
                        "field": {"type": "string", "enum": list(FACETS)},
                        "label": {"type": "string"},
                        "options": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["value", "count", "selected"],
                                "properties": {
                                    "value": {"type": "string"},
                                    "count": {"type": "integer", "minimum": 0},
                                    "selected": {"type": "boolean"},
                                },
                            },
                        },
                    },
                },
                "Theme": {
                    "type": "object",
                    "required": ["slug", "label", "group", "home_office_option"],
                    "properties": {
                        "slug": {"type": "string"},
                        "label": {"type": "string"},
                        "group": {"type": "string"},
                        "home_office_option": {"type": "string"},
                    },
                },
            }
        },
    }
