"""A project's steering groups and their members, edited from the project (issue 16)."""

from django.contrib import admin

from .models import SteeringGroup


class SteeringGroupsInline(admin.TabularInline):
    model = SteeringGroup.projects.through
    extra = 0
