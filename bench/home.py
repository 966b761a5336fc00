"""Home page: server time and queries next to a bare Wagtail page of the same site; weight."""

try:
    from bench.common import line, page_weight, query_count, ratio_line, setup_django, timed_get
except ModuleNotFoundError:  # run as a script: python bench/home.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, page_weight, query_count, ratio_line, setup_django, timed_get


def build_site():
    from wagtail.models import Page

    from config.demo.content import demo_content
    from config.services import home_page_ensure

    home = home_page_ensure(data=demo_content().site["home"])
    bare = home.get_children().filter(slug="bench-bare").first()
    if bare is None:
        bare = home.add_child(instance=Page(title="Page Wagtail nue", slug="bench-bare"))
    return home, bare


def main():
    setup_django()
    from django.test import Client

    home, bare = build_site()
    client = Client()
    home_url, bare_url = "/fr/", "/fr/bench-bare/"
    home_t = timed_get(client, home_url)
    bare_t = timed_get(client, bare_url)
    weight, external = page_weight(client, home_url)

    print("Home page (/fr/) vs a bare Wagtail page of the same site")
    line("home p50 / p90", f"{home_t['p50']:.2f} / {home_t['p90']:.2f}", " ms")
    line("bare Wagtail page p50 / p90", f"{bare_t['p50']:.2f} / {bare_t['p90']:.2f}", " ms")
    ratio_line("ratio home / bare (p50)", home_t["p50"] / bare_t["p50"], 1.5)
    line(
        "SQL queries home / bare",
        f"{query_count(client, home_url)} / {query_count(client, bare_url)}",
    )
    line(
        "weight HTML + CSS + JS",
        f"{weight['html']} + {weight['css']} + {weight['js']} = {weight['total']}",
        " bytes",
    )
    ratio_line("weight (KB, uncompressed)", weight["total"] / 1024, 30)
    line("requests leaving the site", len(external))
    return {"home": home_t, "bare": bare_t, "weight": weight, "external": external}


if __name__ == "__main__":
    main()
