"""Rows in a tree through their `parent`: areas, projects and their actions, pages."""


def chain_above(node):
    """The rows above node, nearest first; it stops at a loop the data may already hold."""
    above, seen = node.parent, set()
    while above is not None and above.pk not in seen:
        yield above
        seen.add(above.pk)
        above = above.parent


def is_under_itself(node):
    """Whether the parent chosen for a saved row lies below it (or is the row itself)."""
    return node.pk is not None and any(above.pk == node.pk for above in chain_above(node))
