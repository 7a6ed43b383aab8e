from django import forms

from .models import DigestPreference


class DigestPreferenceForm(forms.ModelForm):
    label_suffix = ""  # a checkbox's label, as the admin writes them

    class Meta:
        model = DigestPreference
        fields = ["is_subscribed"]
