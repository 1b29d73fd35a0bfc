"""Browser tests: Playwright with Debian's chromium, and axe-core."""
