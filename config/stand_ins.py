"""Model objects that stand in for a row read as plain values, so that the model's own rules
(a meeting is over, a plan's progress) are asked of them rather than written twice.

Made as the ORM makes a partly loaded object (Model.from_db, every other column deferred):
constructed with keywords instead, django-modeltranslation works out a default for each
translated column not given, some 0.3 ms a project and 1 ms a meeting. A stand-in must be
asked only about the columns it was given: any other is fetched from the database."""


def stand_in(model, values):
    """A `model` object holding `values` ({column's attname: value}; "pk" for the key)."""
    values = {
        model._meta.pk.attname if name == "pk" else name: value for name, value in values.items()
    }
    # from_db takes the values in the order of the model's columns.
    names = [field.attname for field in model._meta.concrete_fields if field.attname in values]
    return model.from_db(None, names, [values[name] for name in names])
