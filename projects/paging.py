"""Pages of long lists whose cost does not grow with the list."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# A list is counted exactly up to this many items, and beyond it as "more than".
COUNTED_UP_TO = 1000


class OnePageOf:
    """Stands in for every matching item to a Paginator: as many as `count`, of which
    only the asked page's `ids` were fetched."""

    def __init__(self, ids, count):
        self.ids, self.count = ids, count

    def __len__(self):
        return self.count

    def __getitem__(self, wanted):
        return self.ids


class PagesRead:
    """Stands in for a list to a Paginator: a page's slice of it is read by
    read(first, count), which returns `count` items from the `first` on."""

    def __init__(self, read):
        self.read = read

    def __getitem__(self, wanted):
        return self.read(wanted.start, wanted.stop - wanted.start)


class CountedAsFarAsNeeded(Paginator):
    """A Paginator of a queryset that counts its items only as far as the asked page and
    COUNTED_UP_TO need: a list of 100,000 news items costs what one of 1,001 does.

    Beyond that, `count` is one more than was looked for and `count_is_exact` is False:
    the page then says "more than" and "page 3" rather than "page 3 of N", and the next
    page is always there, so every item stays one "Older" link further on."""

    def __init__(self, object_list, per_page, asked_page, count_up_to=None):
        """count_up_to(limit), where given, says how many items there are, at most limit
        (object_list, say, only reads pages: PagesRead); else object_list is counted."""
        super().__init__(object_list, per_page)
        try:
            number = max(1, int(asked_page))
        except (TypeError, ValueError):
            number = 1
        self.counted_up_to = max(COUNTED_UP_TO, number * per_page)
        self.count_up_to = count_up_to

    @cached_property
    def count(self):
        if self.count_up_to is not None:
            return self.count_up_to(self.counted_up_to + 1)
        # Unordered: the count does not depend on the order, and SQLite may then stop in
        # whichever index it reads first.
        return self.object_list.order_by()[: self.counted_up_to + 1].count()

    @property
    def count_is_exact(self):
        return self.count <= self.counted_up_to
