"""Sign-ups never confirmed are forgotten after a few days, and an address that no longer
follows anything with them (a housekeeping job)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Follow, Follower


def forget_unconfirmed():
    """Addresses that never confirmed anything, and follows added to a known address whose
    link was never used, once FOLLOW_FORGET_UNCONFIRMED_DAYS have passed."""
    cutoff = timezone.now() - timedelta(days=settings.FOLLOW_FORGET_UNCONFIRMED_DAYS)
    followers = Follower.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    removed = followers.delete()[0]
    stale_follows = Follow.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    removed += stale_follows.delete()[0]
    # An address is kept only while it follows something: a confirmed one whose last follow
    # was one of those (it removed its confirmed ones) goes too.
    return removed + Follower.objects.filter(follows__isnull=True).delete()[0]
