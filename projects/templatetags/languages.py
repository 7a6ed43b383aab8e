"""The languages a page is in: the switcher, hreflang alternates, and the lang of texts
shown in the site's language because they are not translated yet."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from config.addresses import absolute_url
from config.languages import language_versions
from projects.models import untranslated_language

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """[(code, name, address, is this page)] where the site speaks more than one."""
    request = context.get("request")
    return language_versions(request) if request is not None else []


@register.filter
def absolute(path):
    return absolute_url(path)


@register.simple_tag
def shown_in(obj, field):
    """lang="nn" where a text is shown in the site's language because it has no
    translation into the page's language: screen readers then read it in its own."""
    language = untranslated_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""


@register.inclusion_tag("includes/untranslated.html")
def untranslated_notice(obj):
    """A note where the page's language is a content language and some of the object's
    texts are shown in the site's language, untranslated."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or obj is None:
        return {"missing": False}
    options = translator.get_options_for_model(obj.__class__)  # also through a lazy object
    missing = any(
        getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), None)
        and not getattr(obj, build_localized_fieldname(field, language), None)
        for field in options.fields
    )
    return {
        "missing": missing,
        "page_language": language_name(language),
        "site_language": language_name(settings.LANGUAGE_CODE),
    }


def language_name(code):
    """A language's name inside a sentence of the page's language: lower case in the
    Nordic languages ("på nynorsk"), capitalised in English ("in Nynorsk")."""
    name = str(settings.SITE_LANGUAGES[code])
    return name if get_language() == "en" else name.lower()
