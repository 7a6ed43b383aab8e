"""Texts of contacts and groups a content language may translate (see projects/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactPerson, GroupMember, ProjectContact, SiteContact, SteeringGroup


@register(ContactPerson)
class ContactPersonTexts(TranslationOptions):
    fields = ("job_title",)


@register(SteeringGroup)
class SteeringGroupTexts(TranslationOptions):
    fields = ("name", "description", "description_html")


@register(GroupMember)
class GroupMemberTexts(TranslationOptions):
    fields = ("represents", "role_other")


@register(ProjectContact)
class ProjectContactTexts(TranslationOptions):
    fields = ("role_other",)


@register(SiteContact)
class SiteContactTexts(TranslationOptions):
    fields = ("role_other",)
