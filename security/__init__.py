"""The admin's defences: lockout after failed logins, two-step login, strict headers and
the log of what the Content Security Policy blocks."""
