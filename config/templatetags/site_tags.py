from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from ..navigation import navigation_menus
from ..selectors import page_translation_urls

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every language, usable without JavaScript.

    A Wagtail page links to its own translations (or the home page of a language it is not
    translated into); any other view links to the same URL under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    page_urls = None
    if isinstance(page, Page):
        page_urls = page_translation_urls(page=page, request=request)
    links = []
    for code, _name in settings.LANGUAGES:
        if page_urls is not None:
            url = page_urls.get(code) or f"/{code}/"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"].capitalize(),
                "url": url,
                "current": code == current,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The menus of config/navigation.py for this request: {% site_navigation as nav %}."""
    request = context.get("request")
    return navigation_menus(
        user=getattr(request, "user", None),
        path=request.path if request is not None else "",
        language_code=get_language(),
    )
