"""Forms several apps share."""

from django import forms
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 100


class SearchForm(forms.Form):
    """A search box submitted by GET (`?q=`): the glossary's and the site's."""

    q = forms.CharField(
        label=_("Rechercher"),
        max_length=QUERY_MAX_LENGTH,
        required=False,
        widget=forms.SearchInput(attrs={"autocomplete": "off", "enterkeyhint": "search"}),
    )

    def query(self):
        """The query typed, stripped; empty when there is none or it is not valid."""
        return self.cleaned_data.get("q", "") if self.is_valid() else ""
