from django.contrib.auth import get_user_model

from .conf import demo_accounts


def demo_account_usernames_present():
    """Usernames of the demo accounts that exist in the database."""
    usernames = [username for username, _role, _name in demo_accounts()]
    return sorted(
        get_user_model().objects.filter(username__in=usernames).values_list("username", flat=True)
    )
