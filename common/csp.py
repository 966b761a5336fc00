"""Content-Security-Policy: django-csp's middleware, with a second policy for one URL prefix.

The site's pages get `CONTENT_SECURITY_POLICY` (or `CONTENT_SECURITY_POLICY_REPORT_ONLY`, the
report-only mode). Pages under `TREMPLIN_CSP_ADMIN_PREFIX` (the Wagtail admin, which uses inline
scripts and styles, blob: images and frames its own previews) get the same directives with
`TREMPLIN_CSP_ADMIN_DIRECTIVES` replacing theirs, in the same mode. docs/deploy.md,
"Content-Security-Policy".
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


def _site_directives(report_only):
    name = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
    policy = getattr(settings, name, None)
    return policy.get("DIRECTIVES") if policy else None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        prefix = getattr(settings, "TREMPLIN_CSP_ADMIN_PREFIX", "")
        directives = _site_directives(report_only)
        if prefix and directives and parts.config is None and request.path_info.startswith(prefix):
            parts.config = {**directives, **settings.TREMPLIN_CSP_ADMIN_DIRECTIVES}
        return parts
