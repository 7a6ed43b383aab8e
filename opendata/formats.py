"""Rows as files and JSON: the same values in every format, written for machines.

- JSON (RFC 8259, UTF-8): numbers as numbers, dates and times as ISO 8601 strings (times
  in the site's time zone with their offset), lists as arrays, nothing as null.
- CSV (RFC 4180): UTF-8 without a byte order mark, comma-separated, a header row, lines
  ending in CRLF, fields quoted where needed; lists separated by semicolons, nothing as an
  empty field, numbers with a point before any decimals. Text that a spreadsheet would
  run as a formula (starting with = + - @, a tab or a line break) gets a leading
  apostrophe (OWASP's advice), so opening the file runs nothing a title smuggled in.
"""

import csv
import hashlib
import io
import json
from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone

CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present"
JSON_CONTENT_TYPE = "application/json"
JSON_LD_CONTENT_TYPE = "application/ld+json"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def plain_number(value):
    """A Decimal as an int when whole, else as a float (two decimals at most, 14 digits:
    a float holds them exactly as written)."""
    return int(value) if value == value.to_integral_value() else float(value)


def for_json(value):
    if isinstance(value, Decimal):
        return plain_number(value)
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): for_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [for_json(item) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)  # lazily translated text


def for_csv(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(for_csv(item) for item in value)
    if isinstance(value, Decimal):
        return str(plain_number(value))
    if isinstance(value, (int, float)):
        return str(value)
    text = str(for_json(value))
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def json_bytes(data):
    return json.dumps(for_json(data), ensure_ascii=False, separators=(",", ":")).encode()


def csv_bytes(field_names, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(field_names)
    for row in rows:
        writer.writerow([for_csv(row[name]) for name in field_names])
    return buffer.getvalue().encode()


def etag_of(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'
