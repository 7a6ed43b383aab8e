from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for trying the site, the tests and the benchmark. No models."""

    name = "demo"
