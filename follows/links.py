"""The links in followers' emails: signed with the site's secret, so nobody can make one
for another person's address.

- A confirmation link expires (FOLLOW_CONFIRM_DAYS) and names the follows it confirms.
- The links to one's own page and to unsubscribe last as long as the address follows;
  they carry the address too, so an old link is dead once the address was erased, even
  if the database later gives a new follower the same number.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from config.addresses import absolute_url

CONFIRM_SALT = "follows.confirm"
FOLLOWER_SALT = "follows.follower"


def confirmation_token(follower, follows):
    return signing.dumps(
        {"f": follower.pk, "e": follower.email, "w": sorted(follow.pk for follow in follows)},
        salt=CONFIRM_SALT,
        compress=True,
    )


class RefusedLink(Exception):
    """A link that leads nowhere: `reason` is "expired" (genuine but old) or "invalid"
    (forged or damaged)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def read_confirmation_token(token):
    """(follower id, email, [follow ids]); raises RefusedLink for a forged, damaged or
    expired link."""
    try:
        data = signing.loads(
            token, salt=CONFIRM_SALT, max_age=settings.FOLLOW_CONFIRM_DAYS * 24 * 3600
        )
        return int(data["f"]), str(data["e"]), [int(pk) for pk in data["w"]]
    except signing.SignatureExpired:
        raise RefusedLink("expired") from None
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise RefusedLink("invalid") from None


def follower_token(follower):
    return signing.dumps({"f": follower.pk, "e": follower.email}, salt=FOLLOWER_SALT)


def read_follower_token(token):
    """(follower id, email) or None for a forged or damaged link."""
    try:
        data = signing.loads(token, salt=FOLLOWER_SALT)
        return int(data["f"]), str(data["e"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def confirm_url(follower, follows):
    return absolute_url(reverse("follows:confirm", args=[confirmation_token(follower, follows)]))


def manage_path(follower):
    return reverse("follows:manage", args=[follower_token(follower)])


def manage_url(follower):
    return absolute_url(manage_path(follower))


def unsubscribe_url(follower):
    """Also the List-Unsubscribe address: a POST to it (RFC 8058) unsubscribes at once."""
    return absolute_url(reverse("follows:unsubscribe", args=[follower_token(follower)]))
