"""Settings for dhr, read from the environment.

One file, as in healthchecks: every value that differs between a laptop, CI and
production comes from an environment variable with a safe local default. The
defaults are for development only; production must set DHR_SECRET_KEY,
DHR_DEBUG=0, DHR_ALLOWED_HOSTS and DATABASE_URL.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("DHR_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DHR_DEBUG", True)
SECRET_KEY = os.environ.get("DHR_SECRET_KEY", "dev-only-not-secret-" + "x" * 40)
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
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
            ],
            "builtins": ["dhr.core.templatetags.govuk"],
        },
    }
]
FORM_RENDERER = "dhr.core.forms.GovukFormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'dhr.sqlite3'}",
        conn_max_age=int(os.environ.get("DHR_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
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
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "dhr"

# axes: lock an account and address after repeated failures.
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
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DHR_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 31536000

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'nonce'"],
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
    "staticfiles": {
        "BACKEND": os.environ.get(
            "DHR_STATICFILES_BACKEND",
            "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DHR_MAX_UPLOAD_BYTES = int(os.environ.get("DHR_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024)))

TASKS = {
    "default": {
        "BACKEND": os.environ.get("DHR_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

EMAIL_BACKEND = os.environ.get(
    "DHR_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DHR_FROM_EMAIL", "dhr@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DHR_LOG_LEVEL", "WARNING")},
}

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
