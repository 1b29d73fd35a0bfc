"""Settings for dhr, read from the environment.

One file, as in healthchecks: every value that differs between a laptop, CI and
production comes from an environment variable with a safe local default. The
defaults are for development only; production must set DHR_SECRET_KEY,
DHR_AUDIT_KEY, DHR_DEBUG=0, DHR_ALLOWED_HOSTS and DATABASE_URL (it refuses to
start without the two keys).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("DHR_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DHR_DEBUG", True)


def required_secret(name: str, dev_default: str) -> str:
    """A key from the environment. Only a development run (DHR_DEBUG=1) may
    fall back to a public key; production refuses to start without one rather
    than sign sessions with a key anyone can read here."""
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if DEBUG:
        return dev_default
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"{name} is not set. Production (DHR_DEBUG=0) needs a long random value in "
        f"{name}, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )


SECRET_KEY = required_secret("DHR_SECRET_KEY", "dev-only-not-secret-" + "x" * 40)
# Keys the audit chain (i10): held outside the database, like SECRET_KEY.
DHR_AUDIT_KEY = required_secret("DHR_AUDIT_KEY", "dev-only-audit-key-" + "y" * 40)
ALLOWED_HOSTS = os.environ.get("DHR_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DHR_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "dhr.core",
    "dhr.organisations",
    "dhr.accounts",
    "dhr.audit",
    "dhr.reviews",
    "dhr.panel",
    "dhr.actions",
    "dhr.publication",
    "dhr.people",
    "dhr.schedule",
    "dhr.evidence",
    "dhr.signoffs",
    "dhr.reports",
    "dhr.redaction_review",
    "dhr.distribution",
    "dhr.library",
    "dhr.jobs",
    "dhr.records",
    "dhr.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions and CSRF: the public download link sets no cookie, ever.
    "dhr.distribution.middleware.LinkPageHeaders",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Refuses anonymous and oversized bodies before CSRF reads them: keep it above CSRF.
    "dhr.core.middleware.RequestBodyGuard",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "dhr.core.middleware.NoStoreWhenSignedIn",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "dhr.accounts.middleware.RequireSecondFactor",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "dhr.urls"
WSGI_APPLICATION = "dhr.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dhr.core.context_processors.service",
                "dhr.core.context_processors.navigation",
            ],
            "builtins": ["dhr.core.templatetags.govuk"],
        },
    }
]
FORM_RENDERER = "dhr.core.forms.GovukFormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'dhr.sqlite3'}",
        # A worker keeps its connection between requests: opening one (and, on
        # SQLite, setting WAL on it) cost more than serving a cached public page
        # (bench/public: 396 -> 1,016 requests/s). Health checks drop a dead one.
        conn_max_age=int(os.environ.get("DHR_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite, keeping the audit table's delete guard through `flush` (see there).
    DATABASES["default"]["ENGINE"] = "dhr.audit.sqlite_backend"
    # WAL and a busy timeout let the web server and db_worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "reviews:list"
LOGOUT_REDIRECT_URL = "account_login"

# allauth: sign-in by email, no self sign-up (accounts are created by an
# administrator), MFA available to every user.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ADAPTER = "dhr.accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
# A second factor is required of every signed-in user (core/middleware.py,
# RequireSecondFactor): an authenticator app (TOTP) with recovery codes.
# WebAuthn is not offered yet: its pages need GOV.UK templates first.
# A security key (WebAuthn, through fido2) may stand in for the app's code;
# the app stays the way in without JavaScript. Browsers accept a key for a
# domain name over https, or http://localhost: not http://127.0.0.1.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "dhr"
DHR_REQUIRE_MFA = env_bool("DHR_REQUIRE_MFA", True)

# The client's address behind reverse proxies (core/client_ip.py): how many
# proxies stand in front of the app, and their addresses or networks. Only a
# request from one of them has its X-Forwarded-For read.
DHR_PROXY_COUNT = int(os.environ.get("DHR_PROXY_COUNT", "0"))
DHR_TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("DHR_TRUSTED_PROXIES", "").split(",") if p.strip()
]

# allauth reads the client's address the same way (X-Forwarded-For from the
# right). Its own per-account limit on failed sign-ins would let anyone lock
# any account from anywhere, so it limits by address only; axes below locks
# by account and address together.
ALLAUTH_TRUSTED_PROXY_COUNT = DHR_PROXY_COUNT
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}

# axes: lock an account and address after repeated failures.
AXES_CLIENT_IP_CALLABLE = "dhr.core.client_ip.client_address"
AXES_FAILURE_LIMIT = int(os.environ.get("DHR_AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "login"
# allauth authenticates with {"email": ...}, so axes must be told where the
# account's name is, or every lock falls on the address alone.
AXES_USERNAME_CALLABLE = "dhr.accounts.adapter.axes_username"
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_ENABLED = env_bool("DHR_AXES_ENABLED", True)

# Sessions: idle timeout of 30 minutes, gone when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("DHR_SESSION_AGE", str(30 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Flash messages can name what was just changed; keep them server-side, not in
# a readable cookie.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# `make run` serves plain http on a laptop without debug: it sets both to 0.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DHR_SECURE_COOKIES", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DHR_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DHR_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DHR_HSTS_PRELOAD", True)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # csp.constants.NONCE, not the string "'nonce'": the middleware puts
        # the request's nonce in its place (a bare 'nonce' blocks every inline script).
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "j F Y"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DHR_STATIC_ROOT", PROJECT_DIR / "staticfiles"))
GOVUK_FRONTEND_DIST = PROJECT_DIR / "node_modules" / "govuk-frontend" / "dist"
STATICFILES_DIRS = (
    [("govuk", GOVUK_FRONTEND_DIST / "govuk")] if GOVUK_FRONTEND_DIST.exists() else []
)
MEDIA_ROOT = Path(os.environ.get("DHR_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    # Confidential documents go through this storage; in production point
    # DHR_STORAGE_BACKEND at an S3-compatible backend (django-storages).
    "default": {
        "BACKEND": os.environ.get(
            "DHR_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
        )
    },
    # Signed checkpoints of the audit chain, outside the database: in production
    # an S3 bucket with object lock (docs/architecture.md, "Audit").
    "audit_anchors": {
        "BACKEND": os.environ.get(
            "DHR_AUDIT_ANCHOR_BACKEND", "django.core.files.storage.FileSystemStorage"
        ),
        "OPTIONS": {"location": os.environ.get("DHR_AUDIT_ANCHOR_DIR", VAR_DIR / "audit-anchors")}
        if "DHR_AUDIT_ANCHOR_BACKEND" not in os.environ
        else {},
    },
    "staticfiles": {
        "BACKEND": os.environ.get(
            "DHR_STATICFILES_BACKEND",
            "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
# Request bodies, capped by route before anything reads them
# (core/middleware.RequestBodyGuard): upload views (@accepts_uploads) take
# DHR_MAX_UPLOAD_BYTES, every other form DHR_MAX_FORM_BYTES, and an anonymous
# user may only send the sign-in, reset and invitation forms, of at most
# DHR_MAX_ANONYMOUS_BYTES.
DHR_MAX_UPLOAD_BYTES = int(os.environ.get("DHR_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024)))
DHR_MAX_FORM_BYTES = int(os.environ.get("DHR_MAX_FORM_BYTES", str(2 * 1024 * 1024)))
DHR_MAX_ANONYMOUS_BYTES = int(os.environ.get("DHR_MAX_ANONYMOUS_BYTES", str(64 * 1024)))
DHR_ANONYMOUS_POST_PREFIXES = ["/accounts/", "/admin/login/", "/invitations/"]
DATA_UPLOAD_MAX_MEMORY_SIZE = DHR_MAX_FORM_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# One cache for every process and server. Rate limits (allauth's sign-in limits,
# unknown distribution links) must count across gunicorn workers and app
# servers; a per-process memory cache let each process keep its own count. A
# database table needs nothing more to run (core/migrations/0001 makes it).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "dhr_cache",
        # Django's default of 300 entries made every write cull a third of the
        # table once the public pages (a page, its FAQ and its reports each) of
        # more than 100 reviews were kept: the cache thrashed.
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
}


# Retention periods in days by rule (dhr/records/retention.py), e.g.
# DHR_RETENTION_DAYS='{"report_exports": 14, "reviews": 9125}'.
def retention_days(raw: str) -> dict[str, int]:
    try:
        days = json.loads(raw or "{}")
        if not isinstance(days, dict):
            raise ValueError
        return {str(rule): int(n) for rule, n in days.items()}
    except (ValueError, TypeError) as error:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            'DHR_RETENTION_DAYS must be a JSON object of rule to days, e.g. {"report_exports": 14}'
        ) from error


DHR_RETENTION_DAYS = retention_days(os.environ.get("DHR_RETENTION_DAYS", ""))

TASKS = {
    "default": {
        "BACKEND": os.environ.get("DHR_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

EMAIL_BACKEND = os.environ.get(
    "DHR_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DHR_FROM_EMAIL", "dhr@localhost")

# Every handler, and the root logger, scrubs credentials (feed tokens, reset
# and invitation links, session ids, passwords in POST dumps) from each record
# before it is formatted (dhr/log_scrub.py). Django's own loggers are pointed
# at these handlers instead of Django's unfiltered defaults.
LOG_LEVEL = os.environ.get("DHR_LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "scrub": {"()": "dhr.log_scrub.ScrubCredentials"},
        # A 403 ("Forbidden (Permission denied): /path") is one line, no traceback.
        "one_line_403": {"()": "dhr.core.logging.ForbiddenInOneLine"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["scrub"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["scrub"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL, "filters": ["scrub"]},
    "loggers": {
        "django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.request": {"filters": ["one_line_403"]},
    },
}
CSRF_FAILURE_VIEW = "dhr.core.views.csrf_failure"

# The service's name and the area's terminology default; each CSP may choose
# DHR or DARDR (Victims and Prisoners Act 2024 s19) for itself.
DHR_SERVICE_NAME = os.environ.get("DHR_SERVICE_NAME", "Domestic Homicide Reviews")

# Reminder emails: days before a deadline (another goes when it passes), and
# the address their links start with.
DHR_BASE_URL = os.environ.get("DHR_BASE_URL", "http://localhost:8000")
DHR_REMINDER_DAYS = tuple(
    int(d) for d in os.environ.get("DHR_REMINDER_DAYS", "14,3").split(",") if d.strip()
)

# GOV.UK Frontend's compiled CSS asks for its fonts and images at /assets/;
# WhiteNoise serves the package's dist folder at the site root for that.
WHITENOISE_ROOT = GOVUK_FRONTEND_DIST / "govuk" if GOVUK_FRONTEND_DIST.exists() else None

# The audit chain's key (DHR_AUDIT_KEY, above) seals records; anchors of its
# head are written every this many records (dhr.audit.anchors).
DHR_AUDIT_ANCHOR_EVERY = int(os.environ.get("DHR_AUDIT_ANCHOR_EVERY", "100"))
