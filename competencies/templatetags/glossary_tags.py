"""{% glossary_links %}…{% endglossary_links %}: the first occurrence of each glossary term in
the enclosed HTML links to the term's page (competencies.api.glossary_link_html). Put it inside
the cache of the HTML it wraps: it runs one query."""

from django import template
from django.utils.safestring import mark_safe

from competencies.api import glossary_link_html

register = template.Library()


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        # The enclosed HTML was escaped by its own templates; links are added around text only.
        return mark_safe(glossary_link_html(self.nodelist.render(context)))  # noqa: S308


@register.tag
def glossary_links(parser, token):
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)
