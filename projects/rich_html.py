"""Rich text as residents read it, made once when it is saved and stored beside its source.

Every RichTextField has a companion, `body_html = RenderedRichTextField("body")`, set on
every save (bulk_create too) to render_rich_text(body): cleaned by the same allow-list,
tables made readable. It is registered for translation with its source, so body_html_en is
made from body_en, its tables named in English, and is empty when body_en is: reading
project.body_html then falls back to the site's language exactly as project.body does.
Pages show it with {{ project|rich_html:"body" }} (projects/templatetags/rich_html.py).

A copy is shown only beside the very source it was made from. It starts with a
fingerprint of that source and of itself, keyed with the site's SECRET_KEY. A source that
reached the database without save() (QuerySet.update(), bulk_update(), SQL, an older
version of the site) no longer matches its copy, and a copy written by anything but this
module has no fingerprint that matches: then the source is cleaned and rendered as the
page is made, as it was before copies were kept. So what a page shows has always passed
the allow-list, and is never older than its source. `manage.py rebuild_rich_text` makes
every copy again, for when many will not match (a new SECRET_KEY, a new RENDERING).
"""

import functools
import hashlib
import hmac

from django.apps import apps
from django.conf import settings
from django.db import connections, models, router
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .richtext import render_rich_text, split_after_first_block

# Change when render_rich_text shows the same source differently: no copy made before
# then matches, so none is shown until it is made again.
RENDERING = b"framdrift rich text 1"
FINGERPRINT = 32  # characters: 16 bytes in hex


@functools.lru_cache(maxsize=8)
def _keyed(secret):
    """A hash keyed with `secret` that has read RENDERING: copied for each fingerprint."""
    key = hashlib.blake2b(secret.encode(), digest_size=32, person=b"rich-html").digest()
    digest = hashlib.blake2b(key=key, digest_size=FINGERPRINT // 2)
    digest.update(RENDERING)
    return digest


def _fingerprint(source, html, secret):
    digest = _keyed(secret).copy()
    encoded = source.encode("utf-8", "surrogatepass")
    digest.update(b"%d:" % len(encoded))  # where the source ends and the HTML begins
    digest.update(encoded)
    digest.update(html.encode("utf-8", "surrogatepass"))
    return digest.hexdigest().encode()


def stored_copy(source, language=None):
    """What the copy of `source` holds: its fingerprint and its HTML as shown in `language`
    (tables are named in words of that language); empty for an empty source."""
    source = str(source or "")
    if not source:
        return ""
    with translation.override(language or settings.LANGUAGE_CODE):
        html = render_rich_text(source)
    return _fingerprint(source, html, settings.SECRET_KEY).decode() + html


def copy_matches(source, copy):
    """Whether `copy` was made by stored_copy from exactly `source` (with this key, or one
    of the keys it replaced, so that changing SECRET_KEY leaves no page slower at once)."""
    if len(copy) < FINGERPRINT:
        return False
    made = copy[:FINGERPRINT].encode("utf-8", "surrogatepass")
    html = copy[FINGERPRINT:]
    return any(
        hmac.compare_digest(made, _fingerprint(source, html, secret))
        for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    )


def shown(source, copy):
    """The HTML residents read for `source`: its stored copy when that was made from it,
    else the source cleaned and rendered now."""
    source = str(source or "")
    if not source:
        return ""
    copy = str(copy or "")
    if copy_matches(source, copy):
        return copy[FINGERPRINT:]
    return render_rich_text(source)


def rich_html(obj, field):
    """An object's rich text `field` as residents read it, in the page's language (with
    the same fallback as the text itself)."""
    if obj is None:
        return ""
    return shown(getattr(obj, field), getattr(obj, copy_name(field)))


def rich_html_in_two(obj, field):
    """rich_html cut after its first block: (first, rest), as render_rich_text_in_two."""
    return split_after_first_block(rich_html(obj, field))


def copy_name(field):
    return f"{field}_html"


class RenderedRichTextField(models.TextField):
    """The stored copy of the rich text field `source`, as residents read it; made on
    every save, never edited."""

    def __init__(self, source, *args, **kwargs):
        self.source = source
        kwargs.setdefault("verbose_name", _("text as shown to residents"))
        kwargs.setdefault("editable", False)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        return name, path, [self.source, *args], kwargs

    def pre_save(self, model_instance, add):
        # modeltranslation's copy of this field for one language (body_html_en) has that
        # language; it is made from the source's column of the same language.
        language = getattr(self, "language", None)
        if language is not None:
            value = stored_copy(
                getattr(model_instance, build_localized_fieldname(self.source, language)),
                language,
            )
        elif self._translated():
            # The plain column beside the languages' columns is never read (reading
            # body_html reads a language's column): nothing need be kept in it.
            value = ""
        else:
            value = stored_copy(getattr(model_instance, self.source))
        # Straight into the instance: through modeltranslation's descriptor, the plain
        # field would overwrite the copy of the active language.
        model_instance.__dict__[self.attname] = value
        return value

    def _translated(self):
        try:
            return self.name in translator.get_options_for_model(self.model).all_fields
        except NotRegistered:
            return False


def stored_copies(model):
    """The stored-copy fields a model declares (body_html; not modeltranslation's
    body_html_nn … made from them)."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RenderedRichTextField) and field.name == copy_name(field.source)
    ]


def rebuild(model, languages=(), batch_size=200):
    """Make every stored copy of a model's rows again from the sources as stored, for the
    languages' columns (body_nn -> body_html_nn …), or for the plain columns when no
    languages are given. `model` may be a migration's historical model. Returns how many
    rows had a copy that did not match."""
    pairs = []
    for field in stored_copies(model):
        if languages:
            pairs += [
                (
                    build_localized_fieldname(field.source, language),
                    build_localized_fieldname(field.name, language),
                    language,
                )
                for language in languages
            ]
        else:
            pairs.append((field.source, field.name, None))
    if not pairs:
        return 0
    columns = [column for source, copy, _language in pairs for column in (source, copy)]
    rows = model._base_manager.only(*columns)
    pks = list(rows.order_by("pk").values_list("pk", flat=True))
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    stale = set()
    # A batch at a time, read then written, so that no read is open while rows change.
    for start in range(0, len(pks), batch_size):
        changed = {}  # copy column -> [(copy, pk)]
        for row in rows.filter(pk__in=pks[start : start + batch_size]):
            for source, copy, language in pairs:
                made = stored_copy(getattr(row, source), language)
                if (getattr(row, copy) or "") != made:
                    changed.setdefault(copy, []).append((made, row.pk))
                    stale.add(row.pk)
        # One prepared UPDATE per column: bulk_update's CASE per row and column takes
        # minutes over a site's ten thousand updates.
        with connection.cursor() as cursor:
            for copy, values in changed.items():
                cursor.executemany(
                    f"UPDATE {quote(model._meta.db_table)} "
                    f"SET {quote(model._meta.get_field(copy).column)} = %s "
                    f"WHERE {quote(model._meta.pk.column)} = %s",
                    values,
                )
    return len(stale)


def rebuild_everywhere():
    """rebuild() for every model with stored copies, each in the languages it is
    translated into: {model label: rows changed}."""
    done = {}
    for model in apps.get_models():
        fields = stored_copies(model)
        if not fields:
            continue
        languages = settings.MODELTRANSLATION_LANGUAGES if fields[0]._translated() else ()
        done[model._meta.label] = rebuild(model, languages)
    return done


def copies_filled(*labels):
    """A RunPython function for the migrations that add stored copies: the copies of the
    rows a site already has, made in every language's column."""

    def fill(apps, schema_editor):
        for label in labels:
            rebuild(apps.get_model(label), settings.MODELTRANSLATION_LANGUAGES)

    return fill
